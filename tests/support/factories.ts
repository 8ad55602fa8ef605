import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

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
    cookies: res.get('set-cookie') ?? [],
  };
}
