import type { Language } from '../../../lib/i18n';
import type { FitPart, FitParts } from '../api/types';

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

/** A strength 0–1 as a two-decimal number (`0.67`). */
export function formatStrength(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(
    value,
  );
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

/** Member indices with the lead first, the others in the server's order (for lists and matrix columns). */
export function leadFirstOrder(members: readonly { isLead: boolean }[]): number[] {
  const indices = members.map((_, i) => i);
  return [...indices.filter((i) => members[i].isLead), ...indices.filter((i) => !members[i].isLead)];
}
