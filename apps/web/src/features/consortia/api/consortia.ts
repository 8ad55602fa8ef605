import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { notificationKeys } from './notifications';
import type {
  ConsortiumDetail,
  ConsortiumListQuery,
  CreateConsortiumRequest,
  DecisionRequest,
  DeclineRequest,
  InviteRequest,
  OutcomeRequest,
  WithdrawRequest,
} from './types';

export const consortiumKeys = {
  all: ['consortia'] as const,
  lists: () => [...consortiumKeys.all, 'list'] as const,
  list: (query: ConsortiumListQuery) => [...consortiumKeys.lists(), query] as const,
  detail: (id: string) => [...consortiumKeys.all, 'detail', id] as const,
  history: (id: string) => [...consortiumKeys.all, 'history', id] as const,
  invitations: () => [...consortiumKeys.all, 'invitations'] as const,
  outcomes: (id: string) => [...consortiumKeys.all, 'outcomes', id] as const,
};

export const CONSORTIUM_PAGE_SIZE = 20;

/** `GET /api/consortia`: firms see theirs, staff the review queue (oldest submission first). */
export function consortiaQueryOptions(query: ConsortiumListQuery) {
  return queryOptions({
    queryKey: consortiumKeys.list(query),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/consortia', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/consortia/:id`: members, live team report, readiness, decisions and what the viewer may do. */
export function consortiumQueryOptions(id: string) {
  return queryOptions({
    queryKey: consortiumKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/consortia/{id}', { params: { path: { id } }, signal })),
  });
}

/** `GET /api/consortia/:id/history`: the event log, oldest first. */
export function historyQueryOptions(id: string) {
  return queryOptions({
    queryKey: consortiumKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/consortia/{id}/history', {
          params: { path: { id }, query: { limit: 100 } },
          signal,
        }),
      ),
  });
}

export const INVITATIONS_PAGE_SIZE = 20;

/** `GET /api/invitations`: the firm's inbox, pending first, a page at a time. */
export function invitationsQueryOptions(page = 1) {
  return queryOptions({
    queryKey: [...consortiumKeys.invitations(), page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/invitations', {
          params: { query: { page, limit: INVITATIONS_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/**
 * After any change: put the returned detail in the cache (when there is one) and refresh lists,
 * history, the inbox and the bell (the server notifies other parties on most changes).
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return async (id: string, detail?: ConsortiumDetail) => {
    if (detail) queryClient.setQueryData(consortiumKeys.detail(id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: consortiumKeys.all, refetchType: 'active' }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
  };
}

export function useCreateConsortiumMutation() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: CreateConsortiumRequest) => unwrap(await api.POST('/api/consortia', { body })),
    onSuccess: (detail) => after(detail.id, detail),
  });
}

export function useInviteMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: InviteRequest) =>
      unwrap(await api.POST('/api/consortia/{id}/invitations', { params: { path: { id } }, body })),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useRemoveMemberMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (memberId: string) =>
      unwrap(
        await api.DELETE('/api/consortia/{id}/members/{memberId}', { params: { path: { id, memberId } } }),
      ),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useChangeRoleMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async ({ memberId, role }: { memberId: string; role: string }) =>
      unwrap(
        await api.PATCH('/api/consortia/{id}/members/{memberId}', {
          params: { path: { id, memberId } },
          body: { role },
        }),
      ),
    onSuccess: (detail) => after(id, detail),
  });
}

/** Accept or decline an invitation (by consortium id and member id). */
export function useRespondMutation() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (
      input: { consortiumId: string; memberId: string } & (
        { accept: true } | { accept: false; body: DeclineRequest }
      ),
    ) => {
      const path = { id: input.consortiumId, memberId: input.memberId };
      return input.accept
        ? unwrap(await api.POST('/api/consortia/{id}/invitations/{memberId}/accept', { params: { path } }))
        : unwrap(
            await api.POST('/api/consortia/{id}/invitations/{memberId}/decline', {
              params: { path },
              body: input.body,
            }),
          );
    },
    onSuccess: (_data, input) => after(input.consortiumId),
  });
}

export function useSubmitMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/consortia/{id}/submit', { params: { path: { id } } })),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useWithdrawMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: WithdrawRequest) =>
      unwrap(await api.POST('/api/consortia/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useStartReviewMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/consortia/{id}/review/start', { params: { path: { id } } })),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useDecisionMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: DecisionRequest) =>
      unwrap(await api.POST('/api/consortia/{id}/decision', { params: { path: { id } }, body })),
    onSuccess: (detail) => after(id, detail),
  });
}

export function useOutcomeMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: OutcomeRequest) =>
      unwrap(await api.POST('/api/consortia/{id}/outcome', { params: { path: { id } }, body })),
    onSuccess: (detail) => after(id, detail),
  });
}

/** `GET /api/consortia/:id/outcomes`: every reported step, and whether the caller may report or review. */
export function outcomesQueryOptions(id: string) {
  return queryOptions({
    queryKey: consortiumKeys.outcomes(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/consortia/{id}/outcomes', { params: { path: { id } }, signal })),
  });
}

/** The lead reports a step (`POST /api/consortia/:id/outcomes`); staff confirm it. */
export function useReportOutcomeMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async (body: OutcomeRequest) =>
      unwrap(await api.POST('/api/consortia/{id}/outcomes', { params: { path: { id } }, body })),
    onSuccess: () => after(id),
  });
}

/** Staff confirm or reject a reported step (`POST /api/consortia/:id/outcomes/:outcomeId/review`). */
export function useReviewOutcomeMutation(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: async ({
      outcomeId,
      decision,
      note,
    }: {
      outcomeId: string;
      decision: 'confirmed' | 'rejected';
      /** Required by the server when rejecting; shown to the lead. */
      note?: string;
    }) =>
      unwrap(
        await api.POST('/api/consortia/{id}/outcomes/{outcomeId}/review', {
          params: { path: { id, outcomeId } },
          body: { decision, ...(note ? { note } : {}) },
        }),
      ),
    onSuccess: () => after(id),
  });
}
