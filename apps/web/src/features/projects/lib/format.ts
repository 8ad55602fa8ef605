import { formatAmount } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';

interface Budget {
  amount: number | null;
  currency: string | null;
  text: string | null;
}

/**
 * The budget as money in the UI language (`₩400,000,000`, `US$1,797,980,000`), or `null`
 * when the source gives no amount (callers then show the original text).
 */
export function formatMoney(budget: Budget | null | undefined, language: Language): string | null {
  if (!budget || budget.amount === null || budget.amount === undefined || !Number.isFinite(budget.amount))
    return null;
  if (!budget.currency)
    return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(budget.amount);
  return formatAmount(budget.amount, budget.currency, language);
}

/** What to show for a budget: money when there is an amount, else the source's own words, else `null`. */
export function budgetLabel(budget: Budget | null | undefined, language: Language): string | null {
  return formatMoney(budget, language) ?? (budget?.text?.trim() || null);
}
