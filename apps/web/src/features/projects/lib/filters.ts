import type { ProjectListQuery, ProjectSort } from '../api/types';

/** Facets in display order; each is a repeatable URL/API parameter of the same name. */
export const FACETS = ['program', 'country', 'status', 'track', 'sector', 'financing'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = [
  'relevance',
  'newest',
  'deadline',
  'budget',
  'title',
  'country',
] as const satisfies readonly ProjectSort[];

export const PAGE_SIZE = 20;

export interface ProjectFilters {
  q: string;
  page: number;
  sort: ProjectSort | null;
  selected: Record<Facet, string[]>;
}

const isSort = (value: string | null): value is ProjectSort => SORTS.includes(value as ProjectSort);

/** Reads the project list filters from the URL (`?q=&country=KG&country=VN&page=2&sort=title`). */
export function parseFilters(params: URLSearchParams): ProjectFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const sort = params.get('sort');
  const selected = Object.fromEntries(
    FACETS.map((facet) => [facet, [...new Set(params.getAll(facet).filter(Boolean))]]),
  ) as Record<Facet, string[]>;
  return {
    q: (params.get('q') ?? '').trim(),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    sort: isSort(sort) ? sort : null,
    selected,
  };
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filters.q !== '' || FACETS.some((facet) => filters.selected[facet].length > 0);
}

/** Adds the code to the facet's selection, or removes it; back to page 1. */
export function toggleFacet(params: URLSearchParams, facet: Facet, code: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(facet);
  next.delete(facet);
  const updated = values.includes(code) ? values.filter((v) => v !== code) : [...values, code];
  updated.forEach((v) => next.append(facet, v));
  next.delete('page');
  return next;
}

/** Sets (or clears, when empty) a single-valued parameter; any change but `page` goes back to page 1. */
export function setParam(
  params: URLSearchParams,
  key: 'q' | 'sort' | 'page',
  value: string | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === '' || (key === 'page' && value === '1')) next.delete(key);
  else next.set(key, value);
  if (key !== 'page') next.delete('page');
  return next;
}

/** Keeps only the sort: removes the search word, every facet and the page. */
export function clearFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const sort = params.get('sort');
  if (sort) next.set('sort', sort);
  return next;
}

/**
 * The filters as `GET /api/projects` query parameters (arrays repeat the parameter). Facet codes
 * from the URL go as they are: the API checks them (an unknown status is a 400 with the field).
 */
export function toApiQuery(filters: ProjectFilters, paging = true): ProjectListQuery {
  const query: Record<string, unknown> = {};
  if (filters.q) query.q = filters.q;
  for (const facet of FACETS) if (filters.selected[facet].length) query[facet] = filters.selected[facet];
  if (filters.sort) query.sort = filters.sort;
  if (paging) {
    query.page = filters.page;
    query.limit = PAGE_SIZE;
  }
  return query;
}
