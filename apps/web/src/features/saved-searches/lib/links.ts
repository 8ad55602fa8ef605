import type { SavedSearch } from '../api/saved-searches';

/**
 * The list page URL of a saved search. The project list's URL parameters are the API's; the firm
 * directory writes `sample=false` as `hideSamples=1`.
 */
export function savedSearchUrl(search: Pick<SavedSearch, 'kind' | 'filters'>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search.filters)) {
    if (search.kind === 'firms' && key === 'sample') {
      if (value === false) params.set('hideSamples', '1');
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
  }
  const qs = params.toString();
  return `/${search.kind}${qs ? `?${qs}` : ''}`;
}

/** Filters of the list's API query without paging (what a saved search keeps). */
export function withoutPaging(query: Record<string, unknown>): Record<string, unknown> {
  const { page: _page, limit: _limit, ...rest } = query;
  return Object.fromEntries(
    Object.entries(rest).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
    ),
  );
}
