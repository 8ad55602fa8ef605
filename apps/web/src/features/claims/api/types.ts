import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type ClaimInvitation = ResponseBody<'/api/claims/invitation', 'post', 200>;
export type ClaimSignUpRequest = RequestBody<'/api/claims', 'post'>;
export type ClaimList = ResponseBody<'/api/claims', 'get', 200>;
export type Claim = ClaimList['items'][number];
export type ClaimDecisionRequest = RequestBody<'/api/claims/{id}/decision', 'post'>;
