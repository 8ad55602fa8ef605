import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

/** `POST /api/auth/password-reset/request`: the same answer whether or not the address has an account. */
export function useRequestResetMutation() {
  return useMutation({
    mutationFn: async (email: string) =>
      unwrap(await api.POST('/api/auth/password-reset/request', { body: { email } })),
  });
}

/** `POST /api/auth/password-reset/confirm` (from the e-mailed link) or `POST /api/auth/set-password` (invitation). */
export function useTokenPasswordMutation(kind: 'reset' | 'invite') {
  return useMutation({
    mutationFn: async (body: { token: string; password: string }) =>
      kind === 'reset'
        ? unwrap(await api.POST('/api/auth/password-reset/confirm', { body }))
        : unwrap(await api.POST('/api/auth/set-password', { body })),
  });
}

/** `POST /api/auth/verify-email`. */
export function useVerifyEmailMutation() {
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api.POST('/api/auth/verify-email', { body: { token } })),
  });
}
