// The dashboard reads the signed-in user (and their firm) through the auth feature's
// `GET /api/auth/me` query. Review-queue queries will live here once the API has them.
export { meQueryOptions as homeUserQueryOptions } from '../../auth/api/auth';
