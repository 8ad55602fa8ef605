import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type AdminUserPage = ResponseBody<'/api/admin/users', 'get', 200>;
export type AdminUser = AdminUserPage['items'][number];
export type CreateStaffRequest = RequestBody<'/api/admin/users', 'post'>;
export type AuditPage = ResponseBody<'/api/admin/audit', 'get', 200>;
export type AuditEntry = AuditPage['items'][number];
export type AuditKind = AuditEntry['kind'];

export const ADMIN_PAGE_SIZE = 20;

export const adminKeys = {
  all: ['admin'] as const,
  users: (q: { page: number; q: string; role: string | null }) => [...adminKeys.all, 'users', q] as const,
  audit: (q: { page: number; kind: string | null }) => [...adminKeys.all, 'audit', q] as const,
};

export function adminUsersQueryOptions(q: { page: number; q: string; role: AdminUser['role'] | null }) {
  return queryOptions({
    queryKey: adminKeys.users(q),
    queryFn: async ({ signal }): Promise<AdminUserPage> =>
      unwrap(
        await api.GET('/api/admin/users', {
          params: {
            query: {
              page: q.page,
              limit: ADMIN_PAGE_SIZE,
              ...(q.q ? { q: q.q } : {}),
              ...(q.role ? { role: q.role } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function auditQueryOptions(q: { page: number; kind: AuditKind | null }) {
  return queryOptions({
    queryKey: adminKeys.audit(q),
    queryFn: async ({ signal }): Promise<AuditPage> =>
      unwrap(
        await api.GET('/api/admin/audit', {
          params: { query: { page: q.page, limit: ADMIN_PAGE_SIZE, ...(q.kind ? { kind: q.kind } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useAdminMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export const useCreateStaffMutation = () =>
  useAdminMutation(async (body: CreateStaffRequest) => unwrap(await api.POST('/api/admin/users', { body })));

export const useChangeRoleMutation = () =>
  useAdminMutation(async ({ id, role }: { id: string; role: AdminUser['role'] }) =>
    unwrap(await api.PATCH('/api/admin/users/{id}/role', { params: { path: { id } }, body: { role } })),
  );

export const useUserActionMutation = () =>
  useAdminMutation(
    async ({ id, action }: { id: string; action: 'deactivate' | 'reactivate' | 'revoke-sessions' }) => {
      const params = { params: { path: { id } } };
      if (action === 'deactivate') return unwrap(await api.POST('/api/admin/users/{id}/deactivate', params));
      if (action === 'reactivate') return unwrap(await api.POST('/api/admin/users/{id}/reactivate', params));
      return unwrap(await api.POST('/api/admin/users/{id}/revoke-sessions', params));
    },
  );
