import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Property-based bad input (OWASP API8/API4): every write route of openapi.json gets bodies, queries and
 * path parameters generated from its own schema and then broken — wrong types, missing and extra fields,
 * huge strings, deep nesting, Korean/emoji/RTL text, SQL and HTML fragments, extreme numbers, invalid
 * UUIDs. Never a 5xx; every 4xx has the standard error shape; a refused write changes no row.
 */

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  format?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
};
const spec = JSON.parse(readFileSync(resolve(__dirname, '../../openapi.json'), 'utf8'));
const deref = (s: Schema): Schema =>
  s.$ref
    ? deref(spec.components.schemas[s.$ref.split('/').pop()!])
    : s.allOf?.length === 1
      ? deref(s.allOf[0])
      : s;

const NASTY = [
  '',
  ' ',
  '스마트시티 컨소시엄',
  '🚀🏙️',
  'مدينة ذكية',
  '\u202Eevil',
  "' OR 1=1 --",
  '"; DROP TABLE firms; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '%00',
  '\u0000',
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
];
const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(200_000)),
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER, -1e308, 1e308),
);
const deep: fc.Arbitrary<unknown> = fc.constant(JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)));
const anyJson = fc.oneof(fc.anything({ maxDepth: 3 }), deep);

/** A value that follows the schema most of the time and breaks it otherwise. */
function valueFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = deref(schema);
  const wrong = anyJson;
  let right: fc.Arbitrary<unknown>;
  if (s.enum) right = fc.oneof(fc.constantFrom(...s.enum), nastyString);
  else if (s.type === 'object' || s.properties) {
    if (depth > 3) right = fc.constant({});
    else {
      const props = Object.entries(s.properties ?? {});
      right = fc
        .tuple(
          fc.tuple(...props.map(([, p]) => fc.option(valueFor(p, depth + 1), { nil: undefined, freq: 3 }))),
          fc.option(
            fc.dictionary(
              fc.constantFrom('isAdmin', 'verificationStatus', '__proto__', 'firmId', 'role'),
              anyJson,
              { maxKeys: 2 },
            ),
            { nil: undefined },
          ),
        )
        .map(([values, extra]) => {
          const obj: Record<string, unknown> = {};
          props.forEach(([k], i) => values[i] !== undefined && (obj[k] = values[i]));
          return extra ? { ...obj, ...extra } : obj;
        });
    }
  } else if (s.type === 'array')
    right = fc.array(valueFor(s.items ?? {}, depth + 1), { maxLength: depth > 1 ? 2 : 6 });
  else if (s.type === 'integer' || s.type === 'number') right = nastyNumber;
  else if (s.type === 'boolean') right = fc.oneof(fc.boolean(), fc.constantFrom('true', 1, null));
  else right = nastyString;
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

let t: TestApp;
const tokens: Record<'firm' | 'staff' | 'admin' | 'self', string> = {
  firm: '',
  staff: '',
  admin: '',
  self: '',
};
const ids: Record<string, string> = {};

const TABLES = [
  'users',
  'firms',
  'firm_capabilities',
  'firm_solutions',
  'firm_track_records',
  'projects',
  'project_requirements',
  'consortia',
  'consortium_members',
  'consortium_events',
  'consortium_decisions',
  'notifications',
  'email_outbox',
  'password_tokens',
  'firm_claim_invites',
  'firm_claims',
  'firm_claim_events',
  'saved_searches',
  'saved_search_matches',
  'admin_audit_events',
];
const counts = async () =>
  (await t.db.query(`SELECT ${TABLES.map((x) => `(SELECT count(*) FROM ${x})::int AS ${x}`).join(', ')}`))[0];

function writeRoutes(): { method: string; path: string; body?: Schema; params: string[] }[] {
  return Object.entries(
    spec.paths as Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
    >,
  ).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map(([method, op]) => ({
        method,
        path,
        body: op.requestBody?.content['application/json']?.schema,
        params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      })),
  );
}

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0', LOGIN_RATE_LIMIT: '100000' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  const login = async (email: string) =>
    (await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200)).body
      .accessToken;
  tokens.firm = await login('large@demo.consortium-match.kr');
  tokens.staff = await login('staff@demo.consortium-match.kr');
  tokens.admin = await login('admin@demo.consortium-match.kr');
  await createUserAccount(t.db, {
    email: SELF_EMAIL,
    password: DEMO_PASSWORD,
    name: 'Fuzz Self',
    role: 'staff',
  });
  const firm = await t.db.manager.findOneByOrFail(Firm, { sourceRef: 'lg-cns' });
  const project = await t.db.manager.findOneByOrFail(Project, {
    sourceRef: 'kcity-2022-kg-issyk-kul-smart-tourism',
  });
  Object.assign(ids, { id: firm.id, firmId: firm.id, projectId: project.id });
}, 120_000);
afterAll(() => t?.close());

/** Routes only staff may call; the rest are called as the firm admin, so the input reaches validation. */
const STAFF_ROUTE =
  /\/verification$|\/review\/start$|\/decision$|\/outcome$|^\/api\/projects(\/\{id\}|\/import)?$/;
/** Admin routes are called as the admin. */
const ADMIN_ROUTE = /^\/api\/admin\//;
/** Routes that end the caller's sessions: called as a user of their own, signed in afresh each run. */
const SELF_ROUTE = /^\/api\/auth\/sessions\/revoke-all$/;
const SELF_EMAIL = 'fuzz-self@example.kr';

const pathParam = fc.oneof(
  fc.constantFrom('valid'),
  fc.constantFrom(
    'not-a-uuid',
    "1' OR '1'='1",
    '00000000-0000-0000-0000-000000000000',
    '%2e%2e',
    'x'.repeat(5000),
    '스마트',
  ),
);

/** Query strings: absent, or junk keys and values (repeated keys become arrays on the server). */
const queryArb = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('page', 'limit', 'status', 'projectId', 'q', '__proto__', 'constructor'),
        nastyString,
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.slice(0, 2000))}`).join('&')}`),
);

describe('fuzzed input on every write route', () => {
  const routes = writeRoutes();

  it('covers the write routes of the spec', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  for (const route of routes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      const bodyArb = route.body ? valueFor(route.body) : fc.option(anyJson, { nil: undefined });
      await fc.assert(
        fc.asyncProperty(
          bodyArb,
          fc.array(pathParam, { minLength: route.params.length, maxLength: route.params.length }),
          queryArb,
          async (body, params, query) => {
            const who = SELF_ROUTE.test(route.path)
              ? 'self'
              : ADMIN_ROUTE.test(route.path)
                ? 'admin'
                : STAFF_ROUTE.test(route.path)
                  ? 'staff'
                  : 'firm';
            if (who === 'self')
              tokens.self = (
                await t.http
                  .post('/api/auth/login')
                  .send({ email: SELF_EMAIL, password: DEMO_PASSWORD })
                  .expect(200)
              ).body.accessToken;
            const path =
              route.params.reduce(
                (p, name, i) =>
                  p.replace(
                    `{${name}}`,
                    encodeURIComponent(params[i] === 'valid' ? (ids[name] ?? ids.id) : params[i]),
                  ),
                route.path,
              ) + query;
            const before = await counts();
            const req = t.http[route.method as 'post' | 'put' | 'patch' | 'delete'](path).set(
              'Authorization',
              `Bearer ${tokens[who]}`,
            );
            // Raw JSON text, so top-level numbers, strings and null reach the server as sent.
            const res = await (body === undefined
              ? req
              : req.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null'));
            expect(res.status, `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.body).toEqual(
                expect.objectContaining({
                  statusCode: res.status,
                  error: expect.any(String),
                  message: expect.any(String),
                }),
              );
              if (res.body.details)
                for (const d of res.body.details)
                  expect(d).toEqual({ field: expect.any(String), message: expect.any(String) });
              expect(await counts(), 'a refused write changed rows').toEqual(before);
            }
          },
        ),
        { numRuns: 20, seed: 42 },
      );
    }, 120_000);
  }
});
