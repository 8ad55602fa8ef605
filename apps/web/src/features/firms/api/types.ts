/** Firm API types, derived from the generated OpenAPI paths (never hand-typed). */
import type { paths } from '../../../lib/api/schema';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type FirmListPage = ResponseBody<'/api/firms', 'get', 200>;
export type FirmListItem = FirmListPage['items'][number];
export type FirmListQuery = NonNullable<paths['/api/firms']['get']['parameters']['query']>;

export type FirmProfile = ResponseBody<'/api/firms/{id}', 'get', 200>;
export type FirmCapability = FirmProfile['capabilities'][number];
export type FirmSolution = FirmProfile['solutions'][number];
export type FirmTrackRecord = FirmProfile['trackRecords'][number];
export type EmployeesBand = NonNullable<FirmProfile['employeesBand']>;
export type SolutionMaturity = FirmSolution['maturity'];

export type SupportPrograms = ResponseBody<'/api/firms/{id}/support-programs', 'get', 200>;
export type SupportProgram = SupportPrograms['current'][number];

export type UpdateFirmProfileRequest = RequestBody<'/api/firms/{id}', 'patch'>;
export type ReplaceCapabilitiesRequest = RequestBody<'/api/firms/{id}/capabilities', 'put'>;
export type SolutionRequest = RequestBody<'/api/firms/{id}/solutions', 'post'>;
export type TrackRecordRequest = RequestBody<'/api/firms/{id}/track-records', 'post'>;
export type VerifyFirmRequest = RequestBody<'/api/firms/{id}/verification', 'post'>;
