import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { ResponseBody } from '../../../lib/api/types';
import { toDownloadedFile, type DownloadedFile } from '../../../lib/download';
import { toApiQuery, type DashboardFilters } from '../lib/filters';

/** `GET /api/dashboard/summary`: every number on the staff dashboard. */
export type DashboardSummary = ResponseBody<'/api/dashboard/summary', 'get', 200>;
export type DashboardBreakdownItem = DashboardSummary['projectsByCountry'][number];
export type DashboardStatus = DashboardSummary['consortiaByStatus'][number]['status'];
export type DashboardFunnel = DashboardSummary['funnel'];

export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: (filters: DashboardFilters) => [...dashboardKeys.all, 'summary', toApiQuery(filters)] as const,
};

export function dashboardSummaryQueryOptions(filters: DashboardFilters) {
  return queryOptions({
    queryKey: dashboardKeys.summary(filters),
    queryFn: async ({ signal }): Promise<DashboardSummary> =>
      unwrap(await api.GET('/api/dashboard/summary', { params: { query: toApiQuery(filters) }, signal })),
    // Keep the charts (and the filter options) on screen while other filters load.
    placeholderData: keepPreviousData,
  });
}

export const CSV_EXPORTS = {
  reviewQueue: '/api/dashboard/review-queue.csv',
  decisions: '/api/dashboard/decisions.csv',
  firmFunnel: '/api/dashboard/firm-funnel.csv',
} as const;

/** `GET /api/dashboard/firm-funnel`: firms registered → in a consortium → submitted → approved → bid → won. */
export type DashboardFirmFunnel = ResponseBody<'/api/dashboard/firm-funnel', 'get', 200>;

export function firmFunnelQueryOptions(filters: DashboardFilters) {
  return queryOptions({
    queryKey: [...dashboardKeys.all, 'firm-funnel', toApiQuery(filters)] as const,
    queryFn: async ({ signal }): Promise<DashboardFirmFunnel> =>
      unwrap(await api.GET('/api/dashboard/firm-funnel', { params: { query: toApiQuery(filters) }, signal })),
    placeholderData: keepPreviousData,
  });
}
export type CsvExport = keyof typeof CSV_EXPORTS;

/**
 * A CSV export with the current filters, fetched through the API client (a plain link would not
 * carry the bearer token) and returned as a Blob with the server's file name.
 */
export async function fetchDashboardCsv(kind: CsvExport, filters: DashboardFilters): Promise<DownloadedFile> {
  const result = await api.GET(CSV_EXPORTS[kind], {
    params: { query: toApiQuery(filters) },
    parseAs: 'blob',
  });
  return toDownloadedFile(result, `${kind}.csv`);
}
