import type { Language } from '../../../lib/i18n';
import type { BilingualText, FitPart, FitParts } from '../api/types';

/** The six parts of a firm ↔ project fit score and their maximum points (libs/matching/README.md). */
export const PART_MAX: Readonly<Record<FitPart, number>> = {
  capabilities: 50,
  mustHaves: 15,
  roles: 10,
  experience: 15,
  sector: 5,
  ladder: 5,
};

export const PART_ORDER: readonly FitPart[] = [
  'capabilities',
  'mustHaves',
  'roles',
  'experience',
  'sector',
  'ladder',
];

/** The parts in display order with their points and maximum. */
export function partRows(parts: FitParts): { part: FitPart; points: number; max: number }[] {
  return PART_ORDER.map((part) => ({ part, points: parts[part], max: PART_MAX[part] }));
}

/** A score or points value for display: at most one decimal, in the UI language's digits. */
export function formatPoints(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A strength 0–1 as a two-decimal number (`0.67`). */
export function formatStrength(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(
    value,
  );
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

/** The text of a bilingual API sentence in the UI language. */
export function pickText(text: BilingualText, language: Language): string {
  return language === 'ko' ? text.ko || text.en : text.en || text.ko;
}

/**
 * Background of a coverage-matrix cell: none at 0, then light → strong teal with the strength
 * (the number is always printed in the cell too, so colour is never the only signal).
 */
export function strengthShade(strength: number): {
  background: string | undefined;
  color: string | undefined;
} {
  if (!(strength > 0)) return { background: undefined, color: undefined };
  if (strength >= 0.9)
    return { background: 'var(--mantine-color-teal-7)', color: 'var(--mantine-color-white)' };
  if (strength >= 0.6)
    return { background: 'var(--mantine-color-teal-4)', color: 'var(--mantine-color-black)' };
  if (strength >= 0.3)
    return { background: 'var(--mantine-color-teal-2)', color: 'var(--mantine-color-black)' };
  return { background: 'var(--mantine-color-teal-0)', color: 'var(--mantine-color-black)' };
}

/** Small and startup firms count for the SME rule. */
export function isSmeSize(size: string): boolean {
  return size === 'sme' || size === 'startup';
}

/** The firm's name in the UI language (Korean name when Korean is on and there is one). */
export function firmDisplayName(firm: { name: string; nameKo: string | null }, language: Language): string {
  return language === 'ko' && firm.nameKo ? firm.nameKo : firm.name;
}

/** Member indices with the lead first, the others in the server's order (for lists and matrix columns). */
export function leadFirstOrder(members: readonly { isLead: boolean }[]): number[] {
  const indices = members.map((_, i) => i);
  return [...indices.filter((i) => members[i]!.isLead), ...indices.filter((i) => !members[i]!.isLead)];
}
