import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError, unwrap } from '../../../lib/api/errors';
import { toApiQuery, type ProjectFilters } from '../lib/filters';
import type { CountrySummary, ProjectDetail, ProjectList } from './types';

export const projectKeys = {
  all: ['projects'] as const,
  projects: (filters: ProjectFilters) => [...projectKeys.all, 'projects', toApiQuery(filters)] as const,
  project: (id: string) => [...projectKeys.all, 'project', id] as const,
  countries: () => [...projectKeys.all, 'countries'] as const,
};

/** `GET /api/projects`: one page of projects plus facet counts for the filters. */
export function projectsQueryOptions(filters: ProjectFilters) {
  return queryOptions({
    queryKey: projectKeys.projects(filters),
    queryFn: async ({ signal }): Promise<ProjectList> =>
      unwrap(await api.GET('/api/projects', { params: { query: toApiQuery(filters) }, signal })),
    // Keep the previous page on screen while the next one loads (no flash to a skeleton).
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/projects/:id`: the full project with its requirements. */
export function projectQueryOptions(id: string) {
  return queryOptions({
    queryKey: projectKeys.project(id),
    queryFn: async ({ signal }): Promise<ProjectDetail> =>
      unwrap(await api.GET('/api/projects/{id}', { params: { path: { id } }, signal })),
  });
}

/** `GET /api/countries`: project counts per country. */
export function countriesQueryOptions() {
  return queryOptions({
    queryKey: projectKeys.countries(),
    queryFn: async ({ signal }): Promise<CountrySummary[]> =>
      unwrap(await api.GET('/api/countries', { signal })),
  });
}

/**
 * `GET /api/projects/export.csv` with the current filters, through the API client so the
 * bearer token (and the refresh-on-401 retry) applies, returned as a Blob.
 */
export async function fetchProjectsCsv(filters: ProjectFilters): Promise<{ blob: Blob; filename: string }> {
  const { data, error, response } = await api.GET('/api/projects/export.csv', {
    params: { query: toApiQuery(filters, false) },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, error);
  const blob = data.type ? data : new Blob([data], { type: 'text/csv' });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'projects.csv';
  return { blob, filename };
}

/** Saves a Blob as a file via a temporary object URL. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
