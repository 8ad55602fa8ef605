import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type { TestApp } from './test-app';

/** Every Set-Cookie header of a response (supertest types `get('set-cookie')` as one string). */
export function setCookies(res: Pick<Response, 'headers'>): string[] {
  const value = (res.headers as Record<string, string | string[] | undefined>)['set-cookie'];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The `cm_refresh=…` pair to send back in a Cookie header. */
export function refreshCookie(cookies: string[]): string {
  const cookie = cookies.find((c) => c.startsWith('cm_refresh='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

export const PASSWORD = 'harbour-lights-2026';

export function registration(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    email: `user-${tag}@example.kr`,
    password: PASSWORD,
    name: 'Kim Minji',
    firm: {
      name: `Firm ${tag}`,
      nameKo: '스마트도시랩',
      size: 'sme',
      type: 'service_solution',
      homeCountry: 'KR',
    },
    ...overrides,
  };
}

/** Registers a firm admin and returns the token, user and refresh cookie. */
export async function registerFirmAdmin(t: TestApp, overrides: Record<string, unknown> = {}) {
  const body = registration(overrides);
  const res = await t.http.post('/api/auth/register').send(body).expect(201);
  return {
    body,
    accessToken: res.body.accessToken as string,
    user: res.body.user,
    cookies: setCookies(res),
  };
}
