import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createServiceDatabase } from './local-postgres';
import { startServer, type ServerProcess } from './server-process';

// The app on a fresh database of the machine's PostgreSQL service. The database is made unreachable for
// this app only (its connections terminated, new ones refused), so other runs on the service go on.
let db: Awaited<ReturnType<typeof createServiceDatabase>>;
let server: ServerProcess;
let token = '';
let firmId = '';

beforeAll(async () => {
  db = await createServiceDatabase('e2e_dbdown');
  server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false', LOGIN_RATE_LIMIT: '1000' });
  const res = await call('POST', '/api/auth/register', {
    email: 'outage@example.kr',
    password: 'gwanghwamun-gate-7',
    name: 'Outage',
    firm: { name: 'Outage Test Co', size: 'sme', type: 'service_solution', homeCountry: 'KR' },
  });
  expect(res.status).toBe(201);
  ({
    accessToken: token,
    user: { firmId },
  } = res.body);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any; ms: number; retryAfter: string | null }> {
  const started = Date.now();
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    ms: Date.now() - started,
    retryAfter: res.headers.get('retry-after'),
  };
}

const dbRoutes = () =>
  [
    ['GET', '/api/projects?q=smart'],
    ['GET', `/api/firms/${firmId}`],
    ['GET', '/api/firms?limit=5'],
    ['GET', '/api/auth/me'],
    ['GET', '/api/notifications'],
    ['PATCH', `/api/firms/${firmId}`, { description: 'written while the database is away' }],
    ['PUT', `/api/firms/${firmId}/capabilities`, { capabilities: [{ code: 'transport.its', level: 2 }] }],
    // Sign-in must not answer "wrong password" during an outage.
    ['POST', '/api/auth/login', { email: 'someone@example.kr', password: 'not-checked-while-down' }],
  ] as const;

async function cutOff(): Promise<void> {
  await adminQuery(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS false`);
  await adminQuery(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [db.name],
  );
}

describe('the database becomes unreachable', () => {
  it('answers 503 in the standard shape, quickly, while the database refuses connections', async () => {
    expect((await call('GET', '/api/health')).status).toBe(200);
    expect((await call('GET', `/api/firms/${firmId}`)).status).toBe(200);
    await cutOff();

    for (let round = 0; round < 2; round++) {
      const answers = await Promise.all(dbRoutes().map(([method, path, body]) => call(method, path, body)));
      for (const [i, a] of answers.entries()) {
        const [method, path] = dbRoutes()[i];
        const route = `${method} ${path}`;
        expect(a.status, `${route}: ${JSON.stringify(a.body)}`).toBe(503);
        expect(a.body).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          message: expect.any(String),
        });
        expect(a.ms, route).toBeLessThan(3000);
      }
      expect(answers.find((a) => a.retryAfter)?.retryAfter).toBe('2');
      for (const probe of ['/api/health', '/api/health/ready']) {
        const health = await call('GET', probe);
        expect(health.status, probe).toBe(503);
        expect(health.ms, probe).toBeLessThan(3000);
      }
      expect((await call('GET', '/api/health/live')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1500)); // still down a while later: nothing queued up or hung
    }
    expect(server.child.exitCode).toBeNull();
  });

  it('recovers within 5 s of the database accepting connections again, and writes are stored', async () => {
    await adminQuery(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS true`);
    const back = Date.now();
    for (;;) {
      if ((await call('GET', '/api/health/ready')).status === 200) break;
      expect(Date.now() - back).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const [method, path, body] of dbRoutes()) {
      // Once the database is back, the bogus sign-in is judged on its merits again.
      expect((await call(method, path, body)).status, `${method} ${path}`).toBe(
        path === '/api/auth/login' ? 401 : 200,
      );
    }
    expect(Date.now() - back).toBeLessThan(5000);
    const [row] = await adminQuery<{ description: string }>(
      'SELECT description FROM firms WHERE id = $1',
      [firmId],
      db.url,
    );
    expect(row.description).toBe('written while the database is away');
  });
});
