import { queryOptions } from '@tanstack/react-query';
import { api } from './api/client';
import { unwrap } from './api/errors';
import type { ResponseBody } from './api/types';

/** Home countries offered in forms (ISO-3166 alpha-2). Names come from Intl.DisplayNames. */
export const COUNTRY_CODES = [
  'KR',
  'VN',
  'ID',
  'PH',
  'TH',
  'KH',
  'LA',
  'MM',
  'MY',
  'MN',
  'UZ',
  'KZ',
  'IN',
  'KE',
  'TZ',
  'RW',
  'GH',
  'EG',
  'PE',
  'CO',
  'CL',
  'KW',
  'SA',
  'AE',
  'QA',
  'US',
] as const;

export const DEFAULT_COUNTRY = 'KR';

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Select options: the default country first, the rest by name in the given language. */
export function countryOptions(language: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  const [first, ...rest] = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) }));
  return [first, ...rest.sort((a, b) => collator.compare(a.label, b.label))];
}

/** A country that has projects, with its counts (`GET /api/countries`). */
export type CountrySummary = ResponseBody<'/api/countries', 'get', 200>[number];

// Shared reference data: the countries page lists them, the staff consortium list filters by them.
export const countryKeys = { all: ['countries'] as const };

/** `GET /api/countries`: project counts per country. */
export function countriesQueryOptions() {
  return queryOptions({
    queryKey: countryKeys.all,
    queryFn: async ({ signal }): Promise<CountrySummary[]> =>
      unwrap(await api.GET('/api/countries', { signal })),
  });
}
