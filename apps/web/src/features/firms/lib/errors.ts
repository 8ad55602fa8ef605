import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api/errors';

/** One line for a failed mutation without a form to place field errors on. */
export function mutationErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 403) return t('firms.errors.forbidden');
  if (error.status >= 500) return t('errors.generic');
  const details = error.details.map((d) => d.message);
  return [error.message, ...details].filter(Boolean).join(' — ') || t('errors.generic');
}
