import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { ResponseBody } from '../../../lib/api/types';

export type SupportProgram = ResponseBody<'/api/support-programs', 'get', 200>[number];
export type FirmPrograms = ResponseBody<'/api/firms/{id}/support-programs', 'get', 200>;
export type ProgramFilters = { ladderStage: string | null; sector: string | null };

export const programKeys = {
  all: ['programs'] as const,
  list: (f: ProgramFilters) => [...programKeys.all, 'list', f] as const,
  firm: (firmId: string) => [...programKeys.all, 'firm', firmId] as const,
};

/** `GET /api/support-programs?ladderStage&sector`. */
export function programsQueryOptions(f: ProgramFilters) {
  return queryOptions({
    queryKey: programKeys.list(f),
    queryFn: async ({ signal }): Promise<SupportProgram[]> =>
      unwrap(
        await api.GET('/api/support-programs', {
          params: {
            query: {
              ...(f.ladderStage ? { ladderStage: f.ladderStage as never } : {}),
              ...(f.sector ? { sector: f.sector } : {}),
            },
          },
          signal,
        }),
      ),
  });
}

/** `GET /api/firms/{id}/support-programs`: the firm's stage, the next, and what helps it climb. */
export function firmProgramsQueryOptions(firmId: string) {
  return queryOptions({
    queryKey: programKeys.firm(firmId),
    queryFn: async ({ signal }): Promise<FirmPrograms> =>
      unwrap(await api.GET('/api/firms/{id}/support-programs', { params: { path: { id: firmId } }, signal })),
  });
}
