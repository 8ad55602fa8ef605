import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../../test/render';
import { sessionStore } from '../auth/session';
import { api, refreshSession } from './client';
import { ApiError, unwrap } from './errors';
import type { User } from './types';

const user: User = {
  id: 'u1',
  email: 'staff@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Lee',
  role: 'staff',
  firmId: null,
  permissions: ['consortium:review'],
  firm: null,
};

const unauthorized = () => json(401, { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' });

describe('api client auth middleware', () => {
  it('attaches the in-memory access token as a Bearer header', async () => {
    const { fetch, calls } = mockFetch({ 'GET /api/auth/me': () => json(200, user) });
    vi.stubGlobal('fetch', vi.fn(fetch));
    sessionStore.setSession('token-1', user);

    const data = unwrap(await api.GET('/api/auth/me'));

    expect(data.name).toBe('Lee');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer token-1');
    expect(new URL(calls[0].url).pathname).toBe('/api/auth/me');
  });

  it('on a 401 refreshes once and retries the original request (with its body) using the new token', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/auth/me': (req) =>
        req.headers.get('Authorization') === 'Bearer fresh' ? json(200, user) : unauthorized(),
      'POST /api/auth/refresh': () => json(200, { accessToken: 'fresh', user }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    sessionStore.setSession('stale', user);

    const result = await api.GET('/api/auth/me');

    expect(result.response.status).toBe(200);
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/refresh',
      'GET /api/auth/me',
    ]);
    expect(calls[2].headers.get('Authorization')).toBe('Bearer fresh');
    expect(sessionStore.get()).toMatchObject({ status: 'authenticated', accessToken: 'fresh' });
  });

  it('clears the session when the refresh fails, and does not retry again', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/auth/me': unauthorized,
      'POST /api/auth/refresh': unauthorized,
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    sessionStore.setSession('stale', user);

    const result = await api.GET('/api/auth/me');

    expect(result.response.status).toBe(401);
    expect(calls).toHaveLength(2);
    expect(sessionStore.get().status).toBe('anonymous');
    expect(() => unwrap(result)).toThrow(ApiError);
  });

  it('does not try to refresh after a 401 from login (bad credentials)', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/login': () =>
        json(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));

    const result = await api.POST('/api/auth/login', {
      body: { email: 'a@b.co', password: 'wrong-password' },
    });

    expect(calls).toHaveLength(1);
    const error = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).message).toBe('Invalid email or password');
  });

  it('shares one refresh request between concurrent callers', async () => {
    const refresh = vi.fn(() => json(200, { accessToken: 'fresh', user }));
    const { fetch } = mockFetch({ 'POST /api/auth/refresh': refresh });
    vi.stubGlobal('fetch', vi.fn(fetch));

    const [a, b] = await Promise.all([refreshSession(), refreshSession()]);

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(a?.accessToken).toBe('fresh');
    expect(b).toBe(a);
  });
});
