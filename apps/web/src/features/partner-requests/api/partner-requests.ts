import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { CreatePartnerRequest, PartnerRequestFilters } from './types';

export const PARTNER_REQUESTS_PAGE_SIZE = 20;

export const partnerRequestKeys = {
  all: ['partner-requests'] as const,
  list: (f: PartnerRequestFilters) => [...partnerRequestKeys.all, 'list', f] as const,
};

export function partnerRequestsQueryOptions(f: PartnerRequestFilters) {
  return queryOptions({
    queryKey: partnerRequestKeys.list(f),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/partner-requests', {
          params: {
            query: {
              page: f.page,
              limit: PARTNER_REQUESTS_PAGE_SIZE,
              ...(f.capability ? { capability: f.capability } : {}),
              ...(f.country ? { country: f.country } : {}),
              ...(f.fitsMe ? { fitsMe: true } : {}),
              ...(f.mine ? { mine: true } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreatePartnerRequestMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreatePartnerRequest) =>
      unwrap(await api.POST('/api/partner-requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerRequestKeys.all }),
  });
}

export function useClosePartnerRequestMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/partner-requests/{id}/close', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerRequestKeys.all }),
  });
}

export function useReplyPartnerRequestMutation() {
  return useMutation({
    mutationFn: async ({ id, message }: { id: string; message: string }) =>
      unwrap(
        await api.POST('/api/partner-requests/{id}/reply', { params: { path: { id } }, body: { message } }),
      ),
  });
}
