import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { toDownloadedFile, type DownloadedFile } from '../../../lib/download';
import { toApiQuery, type ProjectFilters } from '../lib/filters';
import type {
  CreateProjectRequest,
  ProjectDetail,
  ProjectList,
  TeamRulesInput,
  UpdateProjectRequest,
} from './types';

export const projectKeys = {
  all: ['projects'] as const,
  list: (filters: ProjectFilters) => [...projectKeys.all, 'list', toApiQuery(filters)] as const,
  project: (id: string) => [...projectKeys.all, 'project', id] as const,
};

/** `GET /api/projects`: one page of projects plus facet counts for the filters. */
export function projectsQueryOptions(filters: ProjectFilters) {
  return queryOptions({
    queryKey: projectKeys.list(filters),
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

/**
 * `GET /api/projects/export.csv` with the current filters, through the API client so the
 * bearer token (and the refresh-on-401 retry) applies, returned as a Blob.
 */
export async function fetchProjectsCsv(filters: ProjectFilters): Promise<DownloadedFile> {
  const result = await api.GET('/api/projects/export.csv', {
    params: { query: toApiQuery(filters, false) },
    parseAs: 'blob',
  });
  return toDownloadedFile(result, 'projects.csv');
}

/** `PATCH /api/projects/:id` (staff): the team-rule overrides only, with the version read (optimistic lock). */
export function useUpdateTeamRulesMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { version: number; teamRules: TeamRulesInput }) =>
      unwrap(
        await api.PATCH('/api/projects/{id}', {
          params: { path: { id } },
          // The generated type marks fields with a server default (status…) as required; PATCH
          // leaves every field it is not sent as it is.
          body: {
            version: body.version,
            requirements: { teamRules: body.teamRules },
          } as UpdateProjectRequest,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(projectKeys.project(id), saved);
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}

/** `POST /api/projects` (staff): a new project with its requirements. */
export function useCreateProjectMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateProjectRequest): Promise<ProjectDetail> =>
      unwrap(await api.POST('/api/projects', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** `PATCH /api/projects/:id` (staff) with the version read; a stale version answers 409. */
export function useUpdateProjectMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateProjectRequest): Promise<ProjectDetail> =>
      unwrap(await api.PATCH('/api/projects/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(projectKeys.project(id), saved);
      return queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
