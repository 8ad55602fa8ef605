import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { CreateContactRequest } from './types';

export const THREADS_PAGE_SIZE = 20;
export const MESSAGES_PAGE_SIZE = 30;
/** Open threads refresh this often (no push channel yet). */
export const MESSAGES_POLL_MS = 15_000;

export const messageKeys = {
  all: ['messaging'] as const,
  threads: (page: number) => [...messageKeys.all, 'threads', page] as const,
  thread: (kind: 'thread' | 'consortium', id: string, page: number) =>
    [...messageKeys.all, kind, id, page] as const,
  requests: (direction: 'received' | 'sent') => [...messageKeys.all, 'requests', direction] as const,
};

export function threadsQueryOptions(page: number) {
  return queryOptions({
    queryKey: messageKeys.threads(page),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/threads', { params: { query: { page, limit: THREADS_PAGE_SIZE } }, signal }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: MESSAGES_POLL_MS,
  });
}

/** A direct thread (`thread`) or a consortium's thread (`consortium`, by consortium id). */
export function messagesQueryOptions(kind: 'thread' | 'consortium', id: string, page: number) {
  return queryOptions({
    queryKey: messageKeys.thread(kind, id, page),
    queryFn: async ({ signal }) => {
      const query = { page, limit: MESSAGES_PAGE_SIZE };
      return kind === 'thread'
        ? unwrap(await api.GET('/api/threads/{id}/messages', { params: { path: { id }, query }, signal }))
        : unwrap(await api.GET('/api/consortia/{id}/messages', { params: { path: { id }, query }, signal }));
    },
    placeholderData: keepPreviousData,
    refetchInterval: MESSAGES_POLL_MS,
  });
}

export function usePostMessageMutation(kind: 'thread' | 'consortium', id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { body: string; clientId: string }) =>
      kind === 'thread'
        ? unwrap(await api.POST('/api/threads/{id}/messages', { params: { path: { id } }, body: input }))
        : unwrap(await api.POST('/api/consortia/{id}/messages', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function contactRequestsQueryOptions(direction: 'received' | 'sent') {
  return queryOptions({
    queryKey: messageKeys.requests(direction),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/contact-requests', { params: { query: { direction, limit: 50 } }, signal })),
  });
}

export function useCreateContactRequestMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateContactRequest) =>
      unwrap(await api.POST('/api/contact-requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function useAnswerContactRequestMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, accept }: { id: string; accept: boolean }) =>
      accept
        ? unwrap(await api.POST('/api/contact-requests/{id}/accept', { params: { path: { id } } }))
        : unwrap(
            await api.POST('/api/contact-requests/{id}/decline', { params: { path: { id } }, body: {} }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function useReportMessageMutation() {
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await api.POST('/api/messages/{id}/report', { params: { path: { id } }, body: { reason } })),
  });
}
