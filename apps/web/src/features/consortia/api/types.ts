/** Consortium and notification API types, all derived from the generated OpenAPI types (never written by hand). */
import type { paths } from '../../../lib/api/schema';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type ConsortiumDetail = ResponseBody<'/api/consortia/{id}', 'get', 200>;
export type ConsortiumList = ResponseBody<'/api/consortia', 'get', 200>;
export type ConsortiumSummary = ConsortiumList['items'][number];
export type ConsortiumStatus = ConsortiumSummary['status'];
export type ConsortiumOutcome = NonNullable<ConsortiumSummary['outcome']>;
export type ConsortiumProject = ConsortiumSummary['project'];
export type ConsortiumFirm = ConsortiumSummary['leadFirm'];
export type ConsortiumMember = ConsortiumDetail['members'][number];
export type MemberStatus = ConsortiumMember['status'];
export type DeclineReason = NonNullable<ConsortiumMember['declineReason']>;
export type ConsortiumTeam = NonNullable<ConsortiumDetail['team']>;
export type Readiness = ConsortiumDetail['readiness'];
export type ReadinessProblem = Readiness['problems'][number];
export type ConsortiumDecision = ConsortiumDetail['decisions'][number];
export type DecisionValue = ConsortiumDecision['decision'];
export type Checklist = ConsortiumDecision['checklist'];
export type Viewer = ConsortiumDetail['viewer'];

export type ConsortiumHistory = ResponseBody<'/api/consortia/{id}/history', 'get', 200>;
export type ConsortiumEvent = ConsortiumHistory['items'][number];

export type InvitationList = ResponseBody<'/api/invitations', 'get', 200>;
export type Invitation = InvitationList['items'][number];

export type CreateConsortiumRequest = RequestBody<'/api/consortia', 'post'>;
export type InviteRequest = RequestBody<'/api/consortia/{id}/invitations', 'post'>;
export type DeclineRequest = RequestBody<'/api/consortia/{id}/invitations/{memberId}/decline', 'post'>;
export type DecisionRequest = RequestBody<'/api/consortia/{id}/decision', 'post'>;
export type OutcomeRequest = RequestBody<'/api/consortia/{id}/outcome', 'post'>;
export type WithdrawRequest = RequestBody<'/api/consortia/{id}/withdraw', 'post'>;

export type ConsortiumListQuery = NonNullable<paths['/api/consortia']['get']['parameters']['query']>;

export type NotificationPage = ResponseBody<'/api/notifications', 'get', 200>;
export type AppNotification = NotificationPage['items'][number];
export type UnreadCount = ResponseBody<'/api/notifications/unread-count', 'get', 200>;

export type ProjectOptionList = ResponseBody<'/api/projects', 'get', 200>;
export type FirmSearchList = ResponseBody<'/api/firms', 'get', 200>;
