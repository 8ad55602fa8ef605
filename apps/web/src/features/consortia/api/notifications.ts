import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread-count'] as const,
  latest: (limit: number) => [...notificationKeys.all, 'latest', limit] as const,
};

/** The bell polls this every 30 s. */
export const UNREAD_POLL_MS = 30_000;

/** `GET /api/notifications/unread-count`. */
export function unreadCountQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.unread(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/notifications/unread-count', { signal })),
    refetchInterval: UNREAD_POLL_MS,
  });
}

/** `GET /api/notifications`: the newest notifications. */
export function latestNotificationsQueryOptions(limit = 10) {
  return queryOptions({
    queryKey: notificationKeys.latest(limit),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/notifications', { params: { query: { limit } }, signal })),
  });
}

export function useMarkReadMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllReadMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
