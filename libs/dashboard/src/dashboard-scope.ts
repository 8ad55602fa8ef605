import type { DashboardFiltersQueryDto } from './dashboard-filters.query';

/** Years follow the program's calendar, so a consortium created on 1 January in Seoul counts for the new year. */
export const CREATED_YEAR = (alias: string) =>
  `extract(year from ${alias}.created_at AT TIME ZONE 'Asia/Seoul')::int`;

export interface Scope {
  /** SQL over `consortia c JOIN projects p`, with $n placeholders. */
  consortia: string;
  /** SQL over `projects p` (the year filter is about consortia, so projects only follow the program). */
  projects: string;
  params: unknown[];
}

/**
 * The WHERE clauses for the filters as positional parameters ($1 programs, $2 year; null = no filter),
 * so every query sends the same two parameters and user input never reaches the SQL text.
 */
export function scopeOf(f: DashboardFiltersQueryDto): Scope {
  const program = '($1::text[] IS NULL OR p.program = ANY($1::text[]))';
  return {
    consortia: `${program} AND ($2::int IS NULL OR ${CREATED_YEAR('c')} = $2::int)`,
    projects: program,
    params: [f.program?.length ? f.program : null, f.year ?? null],
  };
}
