import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { ResponseBody } from '../../../lib/api/types';

export type NotificationPage = ResponseBody<'/api/notifications', 'get', 200>;
export type AppNotification = NotificationPage['items'][number];

export const PAGE_SIZE = 20;

// Same root as the bell's keys, so marking read here refreshes the bell too.
export const notificationKeys = {
  all: ['notifications'] as const,
  page: (page: number, unread: boolean) => [...notificationKeys.all, 'page', page, unread] as const,
};

/** `GET /api/notifications?page&limit&unread`. */
export function notificationPageQueryOptions(page: number, unread: boolean) {
  return queryOptions({
    queryKey: notificationKeys.page(page, unread),
    queryFn: async ({ signal }): Promise<NotificationPage> =>
      unwrap(
        await api.GET('/api/notifications', {
          params: { query: { page, limit: PAGE_SIZE, ...(unread ? { unread: true } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
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
