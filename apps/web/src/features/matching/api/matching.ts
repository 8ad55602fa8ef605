import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type {
  ConsortiumQuery,
  ConsortiumSuggestions,
  FirmMatchList,
  FirmSizeCode,
  PartnerList,
  ProjectMatchList,
  TeamPreviewRequest,
  TeamReport,
} from './types';

export const matchingKeys = {
  all: ['matching'] as const,
  firmsForProject: (projectId: string, limit: number, sizes: readonly FirmSizeCode[]) =>
    [...matchingKeys.all, 'firms-for-project', projectId, limit, [...sizes].sort()] as const,
  projectsForFirm: (firmId: string, limit: number) =>
    [...matchingKeys.all, 'projects-for-firm', firmId, limit] as const,
  partners: (firmId: string, projectId: string, limit: number) =>
    [...matchingKeys.all, 'partners', firmId, projectId, limit] as const,
  consortia: (projectId: string, query: ConsortiumQuery) =>
    [
      ...matchingKeys.all,
      'consortia',
      projectId,
      query.leadFirmId ?? null,
      query.limit ?? null,
      query.exclude ?? [],
    ] as const,
};

/** `GET /api/projects/:id/matches`: verified firms ranked by fit, optionally only some sizes. */
export function firmsForProjectQueryOptions(
  projectId: string,
  { limit = 10, sizes = [] as FirmSizeCode[] } = {},
) {
  return queryOptions({
    queryKey: matchingKeys.firmsForProject(projectId, limit, sizes),
    queryFn: async ({ signal }): Promise<FirmMatchList> =>
      unwrap(
        await api.GET('/api/projects/{id}/matches', {
          params: {
            path: { id: projectId },
            query: { limit, ...(sizes.length ? { size: [...sizes] } : {}) },
          },
          signal,
        }),
      ),
    // Changing the size filter keeps the previous list on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/firms/:id/project-matches`: open/announced projects ranked by fit for the firm. */
export function projectsForFirmQueryOptions(firmId: string, limit = 5) {
  return queryOptions({
    queryKey: matchingKeys.projectsForFirm(firmId, limit),
    queryFn: async ({ signal }): Promise<ProjectMatchList> =>
      unwrap(
        await api.GET('/api/firms/{id}/project-matches', {
          params: { path: { id: firmId }, query: { limit } },
          signal,
        }),
      ),
  });
}

/** `GET /api/firms/:id/partner-suggestions`: firms that fill this firm's gaps for a project. */
export function partnerSuggestionsQueryOptions(firmId: string, projectId: string, limit = 10) {
  return queryOptions({
    queryKey: matchingKeys.partners(firmId, projectId, limit),
    queryFn: async ({ signal }): Promise<PartnerList> =>
      unwrap(
        await api.GET('/api/firms/{id}/partner-suggestions', {
          params: { path: { id: firmId }, query: { projectId, limit } },
          signal,
        }),
      ),
  });
}

/** `GET /api/projects/:id/consortium-suggestions`: alternative teams (or the best partial ones and why). */
export function consortiumSuggestionsQueryOptions(projectId: string, query: ConsortiumQuery = {}) {
  return queryOptions({
    queryKey: matchingKeys.consortia(projectId, query),
    queryFn: async ({ signal }): Promise<ConsortiumSuggestions> =>
      unwrap(
        await api.GET('/api/projects/{id}/consortium-suggestions', {
          params: { path: { id: projectId }, query },
          signal,
        }),
      ),
    // The search is deterministic for the same data: no need to refetch on focus.
    staleTime: 60_000,
  });
}

/** `POST /api/matching/team-preview`: coverage matrix, gaps and rule checks for a hand-picked team. */
export async function previewTeam(body: TeamPreviewRequest): Promise<TeamReport> {
  return unwrap(await api.POST('/api/matching/team-preview', { body }));
}
