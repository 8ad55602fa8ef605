import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api/errors';

/** One line for a failed action: the server's message and details, or a generic text. */
export function actionErrorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 403) return t('consortia.errors.forbidden');
  if (error.status >= 500) return t('errors.generic');
  const details = error.details.map((d) => d.message).filter((m) => m && m !== error.message);
  return [error.message, ...details].filter(Boolean).join(' — ') || t('errors.generic');
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
