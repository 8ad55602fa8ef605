import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

/** `GET /api/projects?q=`: open and announced projects a consortium can be formed for. */
export function projectSearchQueryOptions(q: string) {
  const query = q.trim();
  return queryOptions({
    queryKey: ['consortia', 'project-search', query] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/projects', {
          params: { query: { ...(query ? { q: query } : {}), status: ['open', 'announced'], limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** `GET /api/firms?q=`: the directory (verified firms for firm users). */
export function firmSearchQueryOptions(q: string) {
  const query = q.trim();
  return queryOptions({
    queryKey: ['consortia', 'firm-search', query] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/firms', { params: { query: { q: query, limit: 10 } }, signal })),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
