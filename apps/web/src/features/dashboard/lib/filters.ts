/** The dashboard's filters, kept in the URL: `?program=A&program=B&year=2025`. */
export interface DashboardFilters {
  programs: string[];
  year: number | null;
}

export function parseFilters(params: URLSearchParams): DashboardFilters {
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return {
    programs: [...new Set(params.getAll('program').filter(Boolean))],
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

export function hasActiveFilters(f: DashboardFilters): boolean {
  return f.programs.length > 0 || f.year !== null;
}

/** Query parameters for the API (absent when unset, so the cache key is stable). */
export function toApiQuery(f: DashboardFilters): { program?: string[]; year?: number } {
  return {
    ...(f.programs.length ? { program: f.programs } : {}),
    ...(f.year !== null ? { year: f.year } : {}),
  };
}

/** The URL for new filters; other parameters are kept. */
export function withFilters(params: URLSearchParams, f: DashboardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('program');
  next.delete('year');
  f.programs.forEach((p) => next.append('program', p));
  if (f.year !== null) next.set('year', String(f.year));
  return next;
}
