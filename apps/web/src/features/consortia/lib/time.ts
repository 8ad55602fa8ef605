import type { Language } from '../../../lib/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * `iso` relative to `now` in words of the UI language ("in 5 days" / "5일 후", "2 hours ago" / "2시간 전"):
 * "now" under a minute, minutes under an hour, hours under a day, days beyond.
 */
export function relativeTime(iso: string, now: number, language: Language): string {
  const diff = new Date(iso).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const abs = Math.abs(diff);
  // "now" / "지금" rather than "this minute" / "현재 분".
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** Expiry state of a pending invitation: past, within two days (soon) or later. */
export function expiryState(iso: string | null, now: number): 'none' | 'expired' | 'soon' | 'later' {
  if (!iso) return 'none';
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return 'none';
  if (diff <= 0) return 'expired';
  return diff <= 2 * DAY ? 'soon' : 'later';
}

/** Date and time in the UI language (`Nov 23, 2026, 11:40 AM` / `2026. 11. 23. 오전 11:40`). */
export function formatDateTime(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today as YYYY-MM-DD in local time (the outcome date default). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
