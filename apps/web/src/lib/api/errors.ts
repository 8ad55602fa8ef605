import type { ApiErrorBody, ApiFieldError } from './types';

/** Thrown by query/mutation functions for every non-2xx response. */
export class ApiError extends Error {
  readonly status: number;
  readonly details: ApiFieldError[];
  readonly body: Partial<ApiErrorBody> | undefined;

  constructor(status: number, body: unknown) {
    const parsed = isErrorBody(body) ? body : undefined;
    super(parsed?.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = parsed;
    this.details = Array.isArray(parsed?.details)
      ? parsed.details.filter(
          (d): d is ApiFieldError => !!d && typeof d.field === 'string' && typeof d.message === 'string',
        )
      : [];
  }
}

function isErrorBody(body: unknown): body is Partial<ApiErrorBody> {
  return typeof body === 'object' && body !== null && 'message' in body;
}

/**
 * Unwraps an openapi-fetch result: returns `data` or throws an {@link ApiError}.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as T;
}
