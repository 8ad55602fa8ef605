import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type SavedSearch = ResponseBody<'/api/saved-searches', 'get', 200>['items'][number];
export type SavedSearchRequest = RequestBody<'/api/saved-searches', 'post'>;
export type SavedSearchPatch = RequestBody<'/api/saved-searches/{id}', 'patch'>;
export type SavedSearchKind = SavedSearch['kind'];
export type SavedSearchNotify = SavedSearch['notify'];

export const NOTIFY_OPTIONS: readonly SavedSearchNotify[] = [
  'none',
  'in_app',
  'email_immediate',
  'email_weekly',
];

export const savedSearchKeys = {
  all: ['saved-searches'] as const,
  list: () => [...savedSearchKeys.all, 'list'] as const,
};

export function savedSearchesQueryOptions() {
  return queryOptions({
    queryKey: savedSearchKeys.list(),
    queryFn: async ({ signal }): Promise<SavedSearch[]> =>
      unwrap(await api.GET('/api/saved-searches', { signal })).items,
  });
}

export function useCreateSavedSearchMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SavedSearchRequest) => unwrap(await api.POST('/api/saved-searches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.all }),
  });
}

export function useUpdateSavedSearchMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: SavedSearchPatch & { id: string }) =>
      unwrap(await api.PATCH('/api/saved-searches/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.all }),
  });
}

export function useDeleteSavedSearchMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.all }),
  });
}
