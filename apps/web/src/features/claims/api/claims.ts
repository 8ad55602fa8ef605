import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { authKeys } from '../../../lib/auth/me';
import { sessionStore } from '../../../lib/auth/session';
import type { ClaimDecisionRequest, ClaimSignUpRequest } from './types';

export const claimKeys = {
  all: ['claims'] as const,
  invitation: (token: string) => [...claimKeys.all, 'invitation', token] as const,
  queue: (page: number) => [...claimKeys.all, 'queue', page] as const,
  mine: () => [...claimKeys.all, 'mine'] as const,
};

export function claimInvitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: claimKeys.invitation(token),
    queryFn: async () => unwrap(await api.POST('/api/claims/invitation', { body: { token } })),
    retry: false,
  });
}

export function claimQueueQueryOptions(page: number) {
  return queryOptions({
    queryKey: claimKeys.queue(page),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/claims', { params: { query: { status: ['pending'], page } }, signal })),
  });
}

export function myClaimsQueryOptions() {
  return queryOptions({
    queryKey: claimKeys.mine(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/claims/mine', { signal })),
  });
}

/** Sign-up through the link: signs the claimant in. */
export function useClaimSignUpMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClaimSignUpRequest) => unwrap(await api.POST('/api/claims', { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(authKeys.me(), data.user);
      sessionStore.setSession(data.accessToken, data.user);
    },
  });
}

export function useClaimDecisionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ClaimDecisionRequest }) =>
      unwrap(await api.POST('/api/claims/{id}/decision', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKeys.all }),
  });
}
