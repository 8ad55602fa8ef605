/** Partner-request API types, derived from the generated OpenAPI types. */
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type PartnerRequestPage = ResponseBody<'/api/partner-requests', 'get', 200>;
export type PartnerRequest = PartnerRequestPage['items'][number];
export type CreatePartnerRequest = RequestBody<'/api/partner-requests', 'post'>;
export interface PartnerRequestFilters {
  capability?: string;
  country?: string;
  fitsMe?: boolean;
  mine?: boolean;
  page: number;
}
