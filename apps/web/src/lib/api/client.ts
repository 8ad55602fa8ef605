import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '../auth/session';
import type { paths } from './schema';
import type { AuthResponse } from './types';

/**
 * Typed API client. Same origin: the API lives under `/api` next to this app,
 * so the base URL is empty and every path is relative.
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  // Resolve `fetch` on every call (not once at import) so tests can stub it.
  fetch: (request: Request) => globalThis.fetch(request),
});

/** Routes whose 401 means "bad credentials / no session", never "access token expired". */
const NO_RETRY_PATHS = new Set(['/api/auth/login', '/api/auth/register', '/api/auth/refresh']);

let refreshInFlight: Promise<AuthResponse | null> | null = null;

/**
 * Exchanges the httpOnly refresh cookie for a new access token. Concurrent
 * callers share one request (refresh tokens rotate, so two parallel refreshes
 * would invalidate each other). Resolves to `null` when there is no valid session.
 */
export function refreshSession(): Promise<AuthResponse | null> {
  refreshInFlight ??= (async () => {
    try {
      const { data, response } = await api.POST('/api/auth/refresh');
      if (response.ok && data) {
        sessionStore.setSession(data.accessToken, data.user);
        return data;
      }
      sessionStore.clear();
      return null;
    } catch {
      sessionStore.clear();
      return null;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

// Copies of outgoing requests, kept until their response arrives, so a request can be replayed
// after a token refresh (a Request body can only be read once).
const pending = new Map<string, Request>();

export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const token = sessionStore.getAccessToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    if (!NO_RETRY_PATHS.has(schemaPath)) pending.set(id, request.clone());
    return request;
  },
  async onResponse({ response, schemaPath, id, options }) {
    const original = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || !original || NO_RETRY_PATHS.has(schemaPath)) return response;

    const refreshed = await refreshSession();
    if (!refreshed) {
      // Session is gone: the store is cleared and the router sends the user to /signin.
      return response;
    }
    const retry = new Request(original, { headers: new Headers(original.headers) });
    retry.headers.set('Authorization', `Bearer ${refreshed.accessToken}`);
    return options.fetch(retry);
  },
  onError({ id }) {
    pending.delete(id);
  },
};

api.use(authMiddleware);
