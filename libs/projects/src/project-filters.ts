import type { SelectQueryBuilder } from 'typeorm';
import type { ProjectFiltersDto, ProjectSort } from './list-projects.query';

export const FACETS = ['country', 'sector', 'track', 'financing', 'status', 'program'] as const;
export type FacetKey = (typeof FACETS)[number];

/** Same expression as the index ix_projects_search_trgm, so ILIKE can use it. */
const SEARCH_TEXT =
  "(coalesce(p.title, '') || ' ' || coalesce(p.title_ko, '') || ' ' || coalesce(p.city, '') || ' ' || coalesce(p.description, ''))";
const TS_QUERY = "websearch_to_tsquery('simple', :q)";

/**
 * The status as of now: an open or announced project whose submission deadline has passed is closed.
 * Computed on every read (never stored), so it follows the clock without a job.
 */
export const effectiveStatusSql = (alias = 'p') =>
  `(CASE WHEN ${alias}.status IN ('open', 'announced') AND ${alias}.submission_deadline < now() THEN 'closed' ELSE ${alias}.status END)`;
export const EFFECTIVE_STATUS = effectiveStatusSql();

/** The same rule for a loaded row. */
export function effectiveStatus<S extends string>(
  status: S,
  deadline: Date | null,
  now = new Date(),
): S | 'closed' {
  return (status === 'open' || status === 'announced') && deadline !== null && deadline < now
    ? 'closed'
    : status;
}

/** The value a facet groups by; array columns are unnested (one row per element). */
export const FACET_VALUE: Record<FacetKey, string> = {
  country: 'p.country_code',
  sector: 'unnest(p.sectors)',
  track: 'p.track',
  financing: 'unnest(p.financing)',
  status: EFFECTIVE_STATUS,
  program: 'p.program',
};

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Adds every active filter to a query over `projects p`, except the facet `except`
 * (a facet's counts ignore its own selection so the chips show what selecting them would give).
 */
export function applyProjectFilters<T extends object>(
  qb: SelectQueryBuilder<T>,
  f: ProjectFiltersDto,
  except?: FacetKey,
): SelectQueryBuilder<T> {
  // The tsvector handles words (and program names); ILIKE catches Korean and other substrings.
  if (f.q)
    qb.andWhere(`(p.search @@ ${TS_QUERY} OR ${SEARCH_TEXT} ILIKE :qLike)`, {
      q: f.q,
      qLike: `%${escapeLike(f.q)}%`,
    });
  const active = (key: FacetKey, values?: string[]): values is string[] => key !== except && !!values?.length;
  if (active('country', f.country)) qb.andWhere('p.country_code IN (:...country)', { country: f.country });
  if (active('sector', f.sector)) qb.andWhere('p.sectors && CAST(:sector AS text[])', { sector: f.sector });
  if (active('track', f.track)) qb.andWhere('p.track IN (:...track)', { track: f.track });
  if (active('financing', f.financing))
    qb.andWhere('p.financing && CAST(:financing AS text[])', { financing: f.financing });
  if (active('status', f.status)) qb.andWhere(`${EFFECTIVE_STATUS} IN (:...status)`, { status: f.status });
  if (active('program', f.program)) qb.andWhere('p.program IN (:...program)', { program: f.program });
  return qb;
}

/** The effective sort: relevance needs a query, so without q it falls back to newest. */
export function effectiveSort(f: ProjectFiltersDto): ProjectSort {
  if (!f.sort) return f.q ? 'relevance' : 'newest';
  return f.sort === 'relevance' && !f.q ? 'newest' : f.sort;
}

/** Orders by the requested sort, always ending with p.id so pages are stable. */
export function orderProjects<T extends object>(
  qb: SelectQueryBuilder<T>,
  f: ProjectFiltersDto,
): SelectQueryBuilder<T> {
  switch (effectiveSort(f)) {
    case 'relevance':
      qb.orderBy(`ts_rank(p.search, ${TS_QUERY})`, 'DESC').addOrderBy('p.title', 'ASC');
      break;
    case 'newest':
      qb.orderBy('p.created_at', 'DESC');
      break;
    case 'deadline':
      qb.orderBy('p.submission_deadline', 'ASC', 'NULLS LAST');
      break;
    case 'budget':
      qb.orderBy('p.budget_amount', 'DESC', 'NULLS LAST');
      break;
    case 'title':
      qb.orderBy('p.title', 'ASC');
      break;
    case 'country':
      qb.orderBy('p.country_code', 'ASC').addOrderBy('p.title', 'ASC');
      break;
  }
  return qb.addOrderBy('p.id', 'ASC');
}
