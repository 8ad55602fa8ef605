import type { FieldError, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import type en from '../locales/en.json';
import { ApiError } from './api/errors';

/** Zod messages in form schemas are keys of `validation.*` in the locale files. */
export type ValidationKey = keyof (typeof en)['validation'];

/**
 * Text for an inline field error: client-side (zod) errors carry a translation key,
 * server-side errors carry the server's message verbatim.
 */
export function fieldErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === 'server') return error.message;
  return t(`validation.${error.message as ValidationKey}`);
}

/**
 * Maps a failed request onto a form: every `details[].field` that names a form
 * field becomes an inline error on that field; whatever cannot be placed is
 * returned as the text for a form-level Alert (or `null` if everything was placed).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
  t: TFunction,
): string | null {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');

  const known = new Set<string>(fields);
  const unplaced: string[] = [];
  let placed = 0;
  for (const detail of error.details) {
    if (known.has(detail.field)) {
      setError(
        detail.field as FieldPath<T>,
        { type: 'server', message: detail.message },
        { shouldFocus: placed === 0 },
      );
      placed += 1;
    } else {
      unplaced.push(detail.message);
    }
  }
  if (placed > 0 && unplaced.length === 0) return null;
  if (unplaced.length > 0) return [error.message, ...unplaced].filter(Boolean).join(' — ');
  if (error.status >= 500) return t('errors.generic');
  return error.message || t('errors.generic');
}
