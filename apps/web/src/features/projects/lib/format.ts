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
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: budget.currency,
      maximumFractionDigits: 0,
    }).format(budget.amount);
  } catch {
    // Not an ISO 4217 code: the number plus the code as given.
    return `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(budget.amount)} ${budget.currency}`;
  }
}

/** What to show for a budget: money when there is an amount, else the source's own words, else `null`. */
export function budgetLabel(budget: Budget | null | undefined, language: Language): string | null {
  return formatMoney(budget, language) ?? (budget?.text?.trim() || null);
}

/** The project title in the UI language: the Korean title when Korean is on and there is one. */
export function projectTitle(
  project: { title: string; titleKo: string | null },
  language: Language,
): { text: string; lang: Language } {
  if (language === 'ko' && project.titleKo) return { text: project.titleKo, lang: 'ko' };
  return { text: project.title, lang: 'en' };
}

export function formatDate(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}
