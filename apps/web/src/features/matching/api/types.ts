/** Matching API types, all derived from the generated OpenAPI types (never written by hand). */
import type { paths } from '../../../lib/api/schema';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type FirmMatchList = ResponseBody<'/api/projects/{id}/matches', 'get', 200>;
export type FirmMatch = FirmMatchList['items'][number];
export type MatchFirmInfo = FirmMatch['firm'];
export type FirmSizeCode = MatchFirmInfo['size'];
export type FitParts = FirmMatch['parts'];
export type FitPart = keyof FitParts;
export type RequirementBreakdown = FirmMatch['requirements'][number];
export type MatchReason = FirmMatch['reasons'][number];
export type MatchExperience = NonNullable<FirmMatch['experience']>;

export type ProjectMatchList = ResponseBody<'/api/firms/{id}/project-matches', 'get', 200>;
export type ProjectMatch = ProjectMatchList['items'][number];
export type MatchNote = NonNullable<ProjectMatchList['note']>;

export type PartnerList = ResponseBody<'/api/firms/{id}/partner-suggestions', 'get', 200>;
export type PartnerSuggestion = PartnerList['items'][number];

export type ConsortiumSuggestions = ResponseBody<'/api/projects/{id}/consortium-suggestions', 'get', 200>;
export type TeamReport = ConsortiumSuggestions['teams'][number];
export type TeamMember = TeamReport['members'][number];
export type CoverageRow = TeamReport['coverage'][number];
export type RuleCheck = TeamReport['rules'][number];
export type TeamRuleCode = RuleCheck['rule'];
export type Blocker = ConsortiumSuggestions['blockers'][number];

export type TeamPreviewRequest = RequestBody<'/api/matching/team-preview', 'post'>;

export type { BilingualText } from '../../../lib/format';

export type FirmMatchQuery = NonNullable<paths['/api/projects/{id}/matches']['get']['parameters']['query']>;
export type ConsortiumQuery = NonNullable<
  paths['/api/projects/{id}/consortium-suggestions']['get']['parameters']['query']
>;
