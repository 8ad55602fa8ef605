/** Shares (0–1) as a percentage in the UI language, e.g. "45.5%". */
export function formatPercent(share: number | null, language: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "4.5 days" / "4.5일". */
export function formatDays(days: number | null, language: string): string {
  if (days === null) return '—';
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(days);
}

/** Conversion from one funnel stage to the next; null when the previous stage is empty. */
export function conversion(value: number, previous: number): number | null {
  return previous > 0 ? value / previous : null;
}
