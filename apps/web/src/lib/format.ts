import type { Language } from './i18n';

/** `{ en, ko }` texts the API returns (matching reasons, rule details, notifications, notes). */
export type BilingualText = { en: string; ko: string };

/** The text of a bilingual API sentence in the UI language (the other language when one is empty). */
export function pickText(text: BilingualText, language: Language): string {
  return language === 'ko' ? text.ko || text.en : text.en || text.ko;
}

/** A date in the UI language (`Nov 23, 2026` / `2026. 11. 23.`), or `null` for no or an invalid date. */
export function formatDate(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** An amount in its currency for the UI language; a non-ISO currency code is printed as given. */
export function formatAmount(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

/** The project title in the UI language: the Korean title when Korean is on and there is one. */
export function projectTitle(
  project: { title: string; titleKo: string | null },
  language: Language,
): { text: string; lang: Language } {
  if (language === 'ko' && project.titleKo) return { text: project.titleKo, lang: 'ko' };
  return { text: project.title, lang: 'en' };
}

/** The firm's name in the UI language (Korean name when Korean is on and there is one). */
export function firmDisplayName(firm: { name: string; nameKo: string | null }, language: Language): string {
  return language === 'ko' && firm.nameKo ? firm.nameKo : firm.name;
}

/** A score or points value for display: at most one decimal, in the UI language's digits. */
export function formatPoints(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** The score clamped to 0–100 (the width of a score bar). */
export function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, score));
}

/** Colour band of a 0–100 score: strong, fair or weak fit. */
export function scoreColor(score: number): 'teal' | 'yellow' | 'gray' {
  if (score >= 60) return 'teal';
  if (score >= 40) return 'yellow';
  return 'gray';
}
