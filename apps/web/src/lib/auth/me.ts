import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { User } from '../api/types';

// Shared because several features read or refresh the signed-in user: auth writes it after
// sign-in, firms invalidates it after a profile edit (the firm card shows the firm), home reads it.
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** `GET /api/auth/me`: the signed-in user with their firm. */
export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: async ({ signal }): Promise<User> => unwrap(await api.GET('/api/auth/me', { signal })),
  });
}
