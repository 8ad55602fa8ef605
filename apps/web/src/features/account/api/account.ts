import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { RequestBody } from '../../../lib/api/types';
import { authKeys } from '../../../lib/auth/me';
import { sessionStore } from '../../../lib/auth/session';

export type ProfilePatch = RequestBody<'/api/auth/me', 'patch'>;
export type ChangePasswordRequest = RequestBody<'/api/auth/password', 'post'>;

/** `PATCH /api/auth/me`: name, language, notification e-mails. */
export function useUpdateProfileMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfilePatch) => unwrap(await api.PATCH('/api/auth/me', { body })),
    onSuccess: (user) => queryClient.setQueryData(authKeys.me(), user),
  });
}

/** `POST /api/auth/password`: this session continues with the new tokens. */
export function useChangePasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChangePasswordRequest) => unwrap(await api.POST('/api/auth/password', { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(authKeys.me(), data.user);
      sessionStore.setSession(data.accessToken, data.user);
    },
  });
}

/** `POST /api/auth/sessions/revoke-all`, then signed out here too. */
export function useSignOutEverywhereMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/sessions/revoke-all')),
    onSuccess: () => {
      sessionStore.clear();
      queryClient.clear();
    },
  });
}

/** `POST /api/auth/verify-email/resend`. */
export function useResendVerificationMutation() {
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/verify-email/resend')),
  });
}
