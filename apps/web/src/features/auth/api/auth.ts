import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { AuthResponse, LoginRequest, RegisterRequest } from '../../../lib/api/types';
import { authKeys } from '../../../lib/auth/me';
import { sessionStore } from '../../../lib/auth/session';

export async function register(body: RegisterRequest): Promise<AuthResponse> {
  return unwrap(await api.POST('/api/auth/register', { body }));
}

export async function login(body: LoginRequest): Promise<AuthResponse> {
  return unwrap(await api.POST('/api/auth/login', { body }));
}

export async function logout(): Promise<void> {
  await api.POST('/api/auth/logout');
}

function useStartSession() {
  const queryClient = useQueryClient();
  return (data: AuthResponse) => {
    queryClient.setQueryData(authKeys.me(), data.user);
    sessionStore.setSession(data.accessToken, data.user);
  };
}

export function useRegisterMutation() {
  const start = useStartSession();
  return useMutation({ mutationFn: register, onSuccess: start });
}

export function useLoginMutation() {
  const start = useStartSession();
  return useMutation({ mutationFn: login, onSuccess: start });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Sign out locally even when the server call fails (e.g. offline).
    onSettled: () => {
      sessionStore.clear();
      queryClient.clear();
    },
  });
}
