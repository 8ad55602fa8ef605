import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import { unwrap } from '../../../lib/api/errors';
import { authKeys } from '../../../lib/auth/me';
import { DIRECTORY_PAGE_SIZE, type DirectoryFilters } from '../lib/directoryParams';
import { oneOf } from '../lib/enums';
import { LADDER_STEPS } from '../lib/ladder';
import type {
  FirmListQuery,
  ReplaceCapabilitiesRequest,
  SolutionRequest,
  TrackRecordRequest,
  UpdateFirmProfileRequest,
  VerifyFirmRequest,
} from './types';

export const firmKeys = {
  all: ['firms'] as const,
  lists: () => [...firmKeys.all, 'list'] as const,
  list: (query: FirmListQuery) => [...firmKeys.lists(), query] as const,
  detail: (id: string) => [...firmKeys.all, 'detail', id] as const,
  supportPrograms: (id: string) => [...firmKeys.detail(id), 'support-programs'] as const,
};

/** Directory filters (from the URL) → `GET /api/firms` query; unknown values are dropped. */
export function toListQuery(filters: DirectoryFilters, extra: Partial<FirmListQuery> = {}): FirmListQuery {
  const size = oneOf(FIRM_SIZES, filters.size);
  const type = oneOf(FIRM_TYPES, filters.type);
  const ladderStage = oneOf(LADDER_STEPS, filters.ladderStage);
  return {
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(size ? { size: [size] } : {}),
    ...(type ? { type: [type] } : {}),
    ...(filters.capability.length ? { capability: filters.capability } : {}),
    ...(filters.country ? { country: [filters.country] } : {}),
    ...(ladderStage ? { ladderStage: [ladderStage] } : {}),
    ...(filters.hideSamples ? { sample: false } : {}),
    ...(filters.onlyOnPlatform ? { onPlatform: true } : {}),
    page: filters.page,
    limit: DIRECTORY_PAGE_SIZE,
    ...extra,
  };
}

export function firmListQueryOptions(query: FirmListQuery) {
  return queryOptions({
    queryKey: firmKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/firms', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function firmQueryOptions(id: string) {
  return queryOptions({
    queryKey: firmKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/firms/{id}', { params: { path: { id } }, signal })),
  });
}

export function supportProgramsQueryOptions(id: string) {
  return queryOptions({
    queryKey: firmKeys.supportPrograms(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/firms/{id}/support-programs', { params: { path: { id } }, signal })),
  });
}

/** Every firm mutation refreshes the firm's profile, the directory and the signed-in user's firm card. */
function useInvalidateFirm() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: firmKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: firmKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: authKeys.me() }),
    ]);
}

export function useUpdateFirmMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async (body: UpdateFirmProfileRequest) =>
      unwrap(await api.PATCH('/api/firms/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(id),
  });
}

export function useReplaceCapabilitiesMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async (body: ReplaceCapabilitiesRequest) =>
      unwrap(await api.PUT('/api/firms/{id}/capabilities', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(id),
  });
}

export function useSaveSolutionMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async ({ solutionId, body }: { solutionId?: string; body: SolutionRequest }) =>
      solutionId
        ? unwrap(
            await api.PATCH('/api/firms/{id}/solutions/{solutionId}', {
              params: { path: { id, solutionId } },
              body,
            }),
          )
        : unwrap(await api.POST('/api/firms/{id}/solutions', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(id),
  });
}

export function useDeleteSolutionMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async (solutionId: string) =>
      unwrap(
        await api.DELETE('/api/firms/{id}/solutions/{solutionId}', { params: { path: { id, solutionId } } }),
      ),
    onSuccess: () => invalidate(id),
  });
}

export function useSaveTrackRecordMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async ({ recordId, body }: { recordId?: string; body: TrackRecordRequest }) =>
      recordId
        ? unwrap(
            await api.PATCH('/api/firms/{id}/track-records/{recordId}', {
              params: { path: { id, recordId } },
              body,
            }),
          )
        : unwrap(await api.POST('/api/firms/{id}/track-records', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(id),
  });
}

export function useDeleteTrackRecordMutation(id: string) {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async (recordId: string) =>
      unwrap(
        await api.DELETE('/api/firms/{id}/track-records/{recordId}', { params: { path: { id, recordId } } }),
      ),
    onSuccess: () => invalidate(id),
  });
}

export function useVerifyFirmMutation() {
  const invalidate = useInvalidateFirm();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: VerifyFirmRequest }) =>
      unwrap(await api.POST('/api/firms/{id}/verification', { params: { path: { id } }, body })),
    onSuccess: (_data, { id }) => invalidate(id),
  });
}
