/**
 * API types, all derived from the generated OpenAPI types in `schema.d.ts`
 * (regenerate with `npm run openapi && npx openapi-typescript openapi.json -o apps/web/src/lib/api/schema.d.ts`).
 * Types are taken from the *paths* rather than schema names so they survive
 * renames of the server's DTO classes.
 */
import type { components, paths } from './schema';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** JSON body of a response (by status) of an operation. */
export type ResponseBody<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** JSON request body of an operation. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

export type AuthResponse = ResponseBody<'/api/auth/login', 'post', 200>;
export type User = ResponseBody<'/api/auth/me', 'get', 200>;
export type Firm = NonNullable<User['firm']>;
export type Role = User['role'];
export type FirmSize = Firm['size'];
export type FirmType = Firm['type'];
export type VerificationStatus = Firm['verificationStatus'];

/** Where a project stands (announced, open, awarded…); shown on project and matching cards. */
export type ProjectStatus = ResponseBody<'/api/projects', 'get', 200>['items'][number]['status'];

export type RegisterRequest = RequestBody<'/api/auth/register', 'post'>;
export type LoginRequest = RequestBody<'/api/auth/login', 'post'>;

/** The error shape every 4xx/5xx response has. */
export type ApiErrorBody = components['schemas']['ErrorResponseDto'];
export type ApiFieldError = NonNullable<ApiErrorBody['details']>[number];
