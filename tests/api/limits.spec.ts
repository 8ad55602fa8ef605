import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@app/database';
import { PostgresRateLimitStore } from '@app/auth';
import { Firm } from '@app/firms';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin, registration } from '../support/factories';

/** Request-shape and rate limits: nesting depth, sign-up per IP, costly matching routes per user, Retry-After, shared counters. */

let t: TestApp;
// Tests that start more apps run last and close them at the end: passport strategies are process-wide,
// so the newest app's JwtStrategy (and its database) checks every app's tokens.
const extra: TestApp[] = [];
beforeAll(async () => {
  t = await createTestApp({ MATCHING_RATE_LIMIT: '3', LOGIN_IP_RATE_LIMIT: '1000', LOG_LEVEL: 'error' });
});
afterAll(async () => {
  for (const app of extra) await app.close();
  await t?.close();
});

/** `{"a":{"a":…{"a":1}…}}` nested `levels` deep, built as text (JSON.stringify would recurse). */
const nested = (levels: number, inner = '1') => '{"a":'.repeat(levels) + inner + '}'.repeat(levels);

const expectRetryAfter = (res: { headers: Record<string, string> }) => {
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(Object.keys(res.headers).filter((h) => h.startsWith('retry-after-'))).toEqual([]);
};

describe('nested JSON bodies', () => {
  it('answers 400 in the one error shape to a 3,000-level body on register, firm edit and team preview', async () => {
    const admin = await registerFirmAdmin(t);
    const auth = { Authorization: `Bearer ${admin.accessToken}`, 'content-type': 'application/json' };
    const deep = nested(3000);
    const cases = [
      t.http.post('/api/auth/register').set('content-type', 'application/json').send(`{"firm":${deep}}`),
      t.http.patch(`/api/firms/${admin.user.firm.id}`).set(auth).send(`{"description":${deep}}`),
      t.http.post('/api/matching/team-preview').set(auth).send(`{"members":[${deep}]}`),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.status, res.text).toBe(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request body is nested too deeply (at most 32 levels)',
      });
    }
    // 32 levels are fine for the parser (the DTO then refuses the unknown shape with field messages).
    const ok = await t.http
      .patch(`/api/firms/${admin.user.firm.id}`)
      .set(auth)
      .send(`{"description":${nested(31)}}`);
    expect(ok.status).toBe(400);
    expect(ok.body.details?.[0]?.field).toBe('description');
  });
});

describe('costly matching routes', () => {
  it('are limited per user (MATCHING_RATE_LIMIT a minute, per route), another user unaffected', async () => {
    const [a, b] = [await registerFirmAdmin(t), await registerFirmAdmin(t)];
    const project = randomUUID();
    const routes = [
      (token: string) =>
        t.http.get(`/api/projects/${project}/matches`).set('Authorization', `Bearer ${token}`),
      (token: string) =>
        t.http.get(`/api/projects/${project}/consortium-suggestions`).set('Authorization', `Bearer ${token}`),
      (token: string) =>
        t.http
          .post('/api/matching/team-preview')
          .set('Authorization', `Bearer ${token}`)
          .send({ projectId: project, members: [] }),
    ];
    for (const route of routes) {
      for (let i = 0; i < 3; i++) expect((await route(a.accessToken)).status).not.toBe(429);
      const limited = await route(a.accessToken);
      expect(limited.status).toBe(429);
      expectRetryAfter(limited);
      expect(limited.body.message).toMatch(/Too many matching requests/);
      expect((await route(b.accessToken)).status).not.toBe(429);
    }
  });
});

describe('sign-in limit', () => {
  it('answers the 11th wrong attempt with 429 and the standard Retry-After, counted in PostgreSQL', async () => {
    const { body } = await registerFirmAdmin(t);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM rate_limit_hits`);
    for (let i = 0; i < 10; i++)
      await t.http
        .post('/api/auth/login')
        .send({ email: body.email, password: 'wrong-password-1' })
        .expect(401);
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: body.email, password: PASSWORD })
      .expect(429);
    expectRetryAfter(res);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    const after = await t.db.query(`SELECT count(*)::int AS n FROM rate_limit_hits`);
    expect(after[0].n).toBeGreaterThan(before[0].n);
  });
});

describe('PostgreSQL rate-limit store', () => {
  it('counts in a fixed window, blocks past the limit for blockDuration, then starts over', async () => {
    const store = new PostgresRateLimitStore(t.db);
    const key = `test-${randomUUID()}`;
    const hit = () => store.increment(key, 400, 2, 400);
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 1 });
    expect(await hit()).toMatchObject({ totalHits: 2, isBlocked: false });
    const blocked = await hit();
    expect(blocked).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 1 });
    expect((await hit()).isBlocked).toBe(true);
    await new Promise((r) => setTimeout(r, 450));
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
    // Concurrent hits are all counted (one atomic upsert each).
    const other = `test-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => store.increment(other, 60_000, 100, 60_000)),
    );
    expect(results.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    store.close();
  });
});

describe('sign-up', () => {
  it('is limited per IP (SIGNUP_RATE_LIMIT an hour): the 4th sign-up gets 429 with Retry-After and creates nothing', async () => {
    // The nested-body test above did not count: it was refused before the throttler.
    const t2 = await createTestApp({ SIGNUP_RATE_LIMIT: '3' });
    extra.push(t2);
    for (let i = 0; i < 3; i++) await t2.http.post('/api/auth/register').send(registration()).expect(201);
    const body = registration();
    const res = await t2.http.post('/api/auth/register').send(body).expect(429);
    expectRetryAfter(res);
    expect(res.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/Too many sign-ups/) });
    expect(await t2.db.manager.countBy(Firm, { name: body.firm.name })).toBe(0);
  });
});

describe('Redis rate-limit store (REDIS_URL)', () => {
  let redis: ChildProcess | undefined;
  afterAll(() => {
    redis?.kill('SIGTERM');
  });

  it('counts in Redis, shared by two app instances on different databases', async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const url = `redis://127.0.0.1:${port}`;
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    client.on('error', () => undefined);
    for (let i = 0; ; i++) {
      try {
        await client.connect();
        break;
      } catch (e) {
        if (i > 40) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const env = { REDIS_URL: url, LOGIN_IP_RATE_LIMIT: '1000' };
    const [one, two] = [await createTestApp(env), await createTestApp(env)];
    extra.push(one, two);
    try {
      const email = `nobody-${randomUUID()}@example.kr`;
      // Alternating instances: together they allow LOGIN_RATE_LIMIT (10) attempts, not 20.
      for (let i = 0; i < 10; i++)
        await [one, two][i % 2].http
          .post('/api/auth/login')
          .send({ email, password: 'wrong-password-1' })
          .expect(401);
      const res = await two.http
        .post('/api/auth/login')
        .send({ email, password: 'wrong-password-1' })
        .expect(429);
      expectRetryAfter(res);
      expect((await client.keys('*')).length).toBeGreaterThan(0);
      expect((await one.db.query(`SELECT count(*)::int AS n FROM rate_limit_hits`))[0].n).toBe(0);
    } finally {
      client.disconnect();
    }
  });
});
