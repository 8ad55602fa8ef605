import type { ConsortiumListQuery, ConsortiumStatus } from '../api/types';
import { CONSORTIUM_PAGE_SIZE } from '../api/consortia';
import { CONSORTIUM_STATUSES, REVIEW_STATUSES, isOneOf } from './enums';

/** `?status=` value for "waiting for review" (submitted + under review), the staff default. */
export const AWAITING = 'awaiting';
export const ALL = 'all';

export interface ListFilters {
  page: number;
  /** A status code, `awaiting` or `all`. */
  status: string;
  country: string | null;
}

export function readListFilters(params: URLSearchParams, staff: boolean): ListFilters {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const raw = params.get('status');
  const status =
    raw === AWAITING || raw === ALL || isOneOf(CONSORTIUM_STATUSES, raw) ? raw : staff ? AWAITING : ALL;
  const country = params.get('country');
  return { page, status, country: country && /^[A-Z]{2}$/.test(country) ? country : null };
}

/** Filters → URL (defaults left out so plain links stay plain). */
export function writeListFilters(filters: ListFilters, staff: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.status !== (staff ? AWAITING : ALL)) out.status = filters.status;
  if (filters.country) out.country = filters.country;
  if (filters.page > 1) out.page = String(filters.page);
  return out;
}

export function toConsortiumQuery(filters: ListFilters): ConsortiumListQuery {
  const status: ConsortiumStatus[] | undefined =
    filters.status === AWAITING
      ? [...REVIEW_STATUSES]
      : filters.status === ALL
        ? undefined
        : [filters.status as ConsortiumStatus];
  return {
    page: filters.page,
    limit: CONSORTIUM_PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(filters.country ? { country: [filters.country] } : {}),
  };
}
