/**
 * Mixed load at a fixed arrival rate (open model): requests are sent on a schedule whatever the
 * server's answers, and latency is measured from each request's scheduled time, so a slow server
 * cannot slow the generator down and hide its own queueing.
 *
 *   node --import tsx tests/load/load.ts [--rate 200] [--duration 60] [--users 20] [--url http://...]
 *   node --import tsx tests/load/load.ts --restart-db   # on a fresh database of the local PostgreSQL service, restarted mid-run
 *   node --import tsx tests/load/load.ts --smoke        # 10 s at 50 req/s; exit 1 on any error or non-2xx (CI)
 *   node --import tsx tests/load/load.ts --instances 2  # 2 API processes on one database behind nginx; one is
 *                                                       # restarted (SIGTERM, graceful) mid-run; exit 1 on any failure
 *
 * Writes bench/load.json (bench/load-smoke.json for --smoke, bench/load-instances.json for --instances).
 * See README "Load and faults" and "Scaling out".
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@app/database';

const ROOT = resolve(__dirname, '../..');
const DEMO_PASSWORD = 'cm-demo-2026!';
const DEMO_EMAILS = ['large', 'sme', 'staff', 'admin'].map((who) => `${who}@demo.consortium-match.kr`);
const WORDS = [
  'smart',
  'traffic',
  'water',
  'energy',
  'ITS',
  'Madiun',
  'Hanoi',
  'waste',
  'CCTV',
  'platform',
  'city',
  '스마트',
  '도시',
  'data',
  'bus',
];
const SORTS = ['relevance', 'newest', 'deadline', 'budget', 'title', 'country'];

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    rate: { type: 'string' },
    duration: { type: 'string' },
    users: { type: 'string' },
    instances: { type: 'string', default: '1' },
    nginx: {
      type: 'string',
      default: process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'),
    },
    smoke: { type: 'boolean', default: false },
    'restart-db': { type: 'boolean', default: false },
    'down-seconds': { type: 'string', default: '3' },
    'pg-url': {
      type: 'string',
      default: process.env.LOAD_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    'pg-cluster': { type: 'string', default: process.env.LOAD_PG_CLUSTER ?? '' },
  },
});
const smoke = opts.smoke;
const restartDb = opts['restart-db'];
const instances = Number(opts.instances);
const cluster_ = instances > 1;
const rate = Number(opts.rate ?? (smoke ? 50 : cluster_ ? 30 : 200));
const duration = Number(opts.duration ?? (smoke ? 10 : cluster_ ? 15 : 60));
const userCount = Number(opts.users ?? (cluster_ ? 6 : 20));
if (
  !(rate > 0 && duration > 0 && userCount >= 1 && Number.isInteger(instances) && instances >= 1) ||
  (restartDb && (opts.url || smoke || cluster_)) ||
  (cluster_ && (opts.url || smoke))
) {
  console.error(
    'Usage: load.ts [--rate N] [--duration S] [--users N] [--url URL | --restart-db [--down-seconds S] | --instances N [--nginx PATH]] [--smoke]',
  );
  process.exit(2);
}

// ---------------------------------------------------------------- HTTP

// Idle sockets are dropped after 3 s, before the server's 5 s keep-alive timeout: otherwise a request can be
// written to a socket the server is closing at that moment and fail with ECONNRESET (a client-side race).
const agent = new Agent({ keepAlive: true, maxSockets: 512, timeout: 3000 });
let baseUrl = '';

interface Reply {
  status: number; // 0: no HTTP answer (connection error or 10 s timeout)
  body: string;
  error?: string;
  upstream?: string; // --instances: the API process nginx used (X-Upstream)
}

function http(method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
  return new Promise((done) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const req = request(new URL(path, baseUrl), { method, headers, agent, timeout: 10_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body: text,
          upstream: res.headers['x-upstream'] as string | undefined,
        }),
      );
      res.on('error', (e) => done({ status: 0, body: '', error: e.message }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout after 10 s')));
    req.on('error', (e) =>
      done({ status: 0, body: '', error: (e as NodeJS.ErrnoException).code ?? e.message }),
    );
    req.end(payload);
  });
}

async function json<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  expect = [200, 201],
): Promise<T> {
  const r = await http(method, path, token, body);
  if (!expect.includes(r.status))
    throw new Error(`${method} ${path} answered ${r.status || r.error}: ${r.body.slice(0, 300)}`);
  return JSON.parse(r.body) as T;
}

// ---------------------------------------------------------------- server and database

interface Target {
  url: string;
  dbUrl?: string;
  stop(): Promise<void>;
  log?: () => string;
  /** --instances: SIGTERM instance `i`, wait for its exit, start it again and wait until it is healthy. */
  restart?: (i: number) => Promise<{ stopMs: number; startMs: number }>;
  upstreams?: string[];
}

function pgAdmin(url: string) {
  return async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows;
    } finally {
      await c.end();
    }
  };
}

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function startOwnServer(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-load-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  let dbUrl: string | undefined;
  let dropDb = (): Promise<void> => Promise.resolve();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_IP_RATE_LIMIT: '100000',
    SIGNUP_RATE_LIMIT: '100000',
    MATCHING_RATE_LIMIT: '100000000',
    DEMO_DATA: 'true',
    DATA_DIR: join(dir, 'pg'),
    DATABASE_URL: '',
  };
  if (restartDb) {
    const admin = pgAdmin(opts['pg-url']);
    const name = `load_${Date.now()}`;
    await admin(`CREATE DATABASE "${name}"`);
    dbUrl = withDb(opts['pg-url'], name);
    env.DATABASE_URL = dbUrl;
    dropDb = async () => void (await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's output goes to bench/load-server.log (git-ignored) for a look at any 5xx.
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  const logFile = createWriteStream(
    resolve(ROOT, smoke ? 'bench/load-smoke-server.log' : 'bench/load-server.log'),
  );
  let log = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (d) => {
      log = (log + d).slice(-20_000);
      logFile.write(d);
    });
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await dropDb().catch((e) => console.error(`could not drop the load database: ${e.message}`));
    rmSync(dir, { recursive: true, force: true });
  };
  baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${log}`);
      if ((await http('GET', '/api/health')).status === 200) break;
      if (i > 480) throw new Error(`the server did not become healthy:\n${log}`);
      await sleep(250);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  // Ctrl-C: stop the app (which stops its embedded PostgreSQL) and drop the load database.
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  return { url: baseUrl, dbUrl, stop, log: () => log };
}

/** One built API process; output appended to `logPath`. */
function spawnApi(env: Record<string, string>, logPath: string) {
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = createWriteStream(logPath, { flags: 'a' });
  let log = '';
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (d) => {
      log = (log + d).slice(-20_000);
      logFile.write(d);
    });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    child,
    exited,
    log: () => log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      logFile.end();
    },
  };
}

async function waitHealthy(url: string, alive: () => boolean, log: () => string): Promise<void> {
  for (let i = 0; ; i++) {
    if (!alive()) throw new Error(`the server exited:\n${log()}`);
    const r = await new Promise<number>((done) => {
      const req = request(new URL('/api/health', url), { timeout: 2000 }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => done(0));
      req.end();
    });
    if (r === 200) return;
    if (i > 480) throw new Error(`the server did not become healthy:\n${log()}`);
    await sleep(250);
  }
}

/** The nginx config --instances uses (also what deploy/nginx.conf does, with file paths of a temp dir). */
export function nginxConfig(dir: string, listen: number, upstreams: string[]): string {
  const root = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${root}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream api {
    # Passive health checks: an instance that refuses or fails is left out for 2 s.
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 2m;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Another instance gets the request when one refuses the connection, fails or answers 502-504:
      # idempotent requests always; POST/PATCH only if nothing was sent yet (nginx's rule).
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries ${upstreams.length};
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** --instances N: one PostgreSQL (embedded, or a fresh database on DATABASE_URL's server), N API processes, nginx. */
async function startCluster(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-load-'));
  chmodSync(dir, 0o755);
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  const cleanups: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const c of cleanups.splice(0).reverse())
      await c().catch((e) => console.error(`cleanup: ${e.message}`));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    let dbUrl: string;
    if (process.env.DATABASE_URL) {
      const admin = pgAdmin(process.env.DATABASE_URL);
      const name = `load_${Date.now()}`;
      await admin(`CREATE DATABASE "${name}"`);
      dbUrl = withDb(process.env.DATABASE_URL, name);
      cleanups.push(async () => void (await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
    } else {
      const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false });
      cleanups.push(() => pg.stop());
      dbUrl = await ensureDatabase(pg.url, 'consortium_match');
    }
    const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
    const base: Record<string, string> = {
      ...(process.env as Record<string, string>),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
      LOGIN_IP_RATE_LIMIT: '100000',
      DEMO_DATA: 'true',
      DATABASE_URL: dbUrl,
      JWT_SECRET: randomBytes(36).toString('base64url'), // one secret: a token from A is valid on B
      SHUTDOWN_TIMEOUT_MS: '10000',
      DATA_DIR: join(dir, 'data'),
    };
    const procs: ReturnType<typeof spawnApi>[] = [];
    const start = async (i: number) => {
      const p = spawnApi(
        { ...base, PORT: String(ports[i]) },
        resolve(ROOT, `bench/load-instance-${i + 1}.log`),
      );
      procs[i] = p;
      await waitHealthy(`http://127.0.0.1:${ports[i]}`, () => p.child.exitCode === null, p.log);
    };
    cleanups.push(async () => void (await Promise.all(procs.map((p) => p.stop()))));
    // One after the other: the first applies the migrations and the demo data, the others find them done.
    for (let i = 0; i < instances; i++) await start(i);

    const proxyPort = await freePort();
    const upstreams = ports.map((p) => `127.0.0.1:${p}`);
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, proxyPort, upstreams));
    const nginx = spawn(opts.nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let nginxLog = '';
    nginx.stderr.on('data', (d) => (nginxLog += d));
    const nginxExited = new Promise<void>((r) => nginx.once('exit', () => r()));
    nginx.once('error', (e) => (nginxLog += `${e.message} (install nginx: apt-get install nginx)`));
    cleanups.push(async () => {
      if (nginx.exitCode === null && nginx.signalCode === null) {
        nginx.kill('SIGQUIT');
        await nginxExited;
      }
    });
    const url = `http://127.0.0.1:${proxyPort}`;
    await waitHealthy(
      url,
      () => nginx.exitCode === null && !nginxLog.includes('install nginx'),
      () => nginxLog,
    );
    process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
    return {
      url,
      dbUrl,
      upstreams,
      stop: stopAll,
      log: () =>
        procs.map((p, i) => `--- instance ${i + 1}\n${p.log()}`).join('\n') + `\n--- nginx\n${nginxLog}`,
      restart: async (i: number) => {
        const t0 = performance.now();
        await procs[i].stop();
        const t1 = performance.now();
        await start(i);
        return { stopMs: Math.round(t1 - t0), startMs: Math.round(performance.now() - t1) };
      },
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- scenario

interface User {
  email: string;
  token: string;
  firmId: string | null;
  writer: boolean; // only the firm admins registered by this run write: demo firms stay as they are
}

interface Context {
  users: User[];
  writers: User[];
  projectIds: string[];
  firmIds: string[];
  capabilityCodes: string[];
  sectors: string[];
  countries: string[];
  runId: string;
}

async function setup(): Promise<Context> {
  const runId = Date.now().toString(36);
  const users: User[] = [];
  for (const email of DEMO_EMAILS) {
    const r = await json<{ accessToken: string; user: { firmId: string | null } }>(
      'POST',
      '/api/auth/login',
      undefined,
      { email, password: DEMO_PASSWORD },
    );
    users.push({ email, token: r.accessToken, firmId: r.user.firmId, writer: false });
  }
  const sizes = ['sme', 'startup', 'mid', 'large'];
  const types = ['service_solution', 'planning_development', 'finance_support'];
  // One after the other: 20 simultaneous argon2 hashes starve a small machine before the load even starts.
  for (let i = 0; i < userCount; i++) {
    const email = `load-${runId}-${i}@example.kr`;
    const r = await json<{ accessToken: string; user: { firmId: string } }>(
      'POST',
      '/api/auth/register',
      undefined,
      {
        email,
        password: `load-test-passphrase-${runId}`,
        name: `Load ${i}`,
        firm: {
          name: `Load Test Firm ${runId}-${i}`,
          size: sizes[i % 4],
          type: types[i % 3],
          homeCountry: 'KR',
        },
      },
    );
    users.push({ email, token: r.accessToken, firmId: r.user.firmId, writer: true });
  }
  const staff = users[2].token;
  const taxonomy = await json<{ domains: { code: string; capabilities: { code: string }[] }[] }>(
    'GET',
    '/api/taxonomy',
  );
  const capabilityCodes = taxonomy.domains.flatMap((d) => d.capabilities.map((c) => c.code));
  const first = await json<{
    items: { id: string }[];
    total: number;
    facets: Record<string, { code: string }[]>;
  }>('GET', '/api/projects?limit=100', staff);
  const projectIds = first.items.map((p) => p.id);
  for (let page = 2; projectIds.length < first.total && page <= 4; page++) {
    projectIds.push(
      ...(
        await json<{ items: { id: string }[] }>('GET', `/api/projects?limit=100&page=${page}`, staff)
      ).items.map((p) => p.id),
    );
  }
  // Listed for a firm user: verified firms, whose profiles every signed-in user may read.
  const firmIds: string[] = [];
  for (let page = 1; page <= 3; page++)
    firmIds.push(
      ...(
        await json<{ items: { id: string }[] }>('GET', `/api/firms?limit=100&page=${page}`, users[0].token)
      ).items.map((f) => f.id),
    );
  return {
    users,
    writers: users.filter((u) => u.writer),
    projectIds,
    firmIds,
    capabilityCodes,
    sectors: taxonomy.domains.map((d) => d.code),
    countries: (first.facets.country ?? []).slice(0, 25).map((c) => c.code),
    runId,
  };
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
const maybe = (p: number) => Math.random() < p;

/** The request mix: 80% reads, 20% writes (weights in percent). */
const MIX: [
  number,
  string,
  boolean,
  (ctx: Context, n: number) => { method: string; path: string; user: User; body?: unknown; track?: string },
][] = [
  [
    30,
    'search projects',
    true,
    (c) => {
      const q = new URLSearchParams({ limit: '20' });
      if (maybe(0.7)) q.set('q', pick(WORDS));
      if (maybe(0.3)) q.append('sector', pick(c.sectors));
      if (maybe(0.25)) q.set('country', pick(c.countries));
      if (maybe(0.3)) q.set('sort', pick(SORTS));
      if (maybe(0.2)) q.set('page', String(1 + Math.floor(Math.random() * 3)));
      return { method: 'GET', path: `/api/projects?${q.toString()}`, user: pick(c.users) };
    },
  ],
  [
    20,
    'project matches',
    true,
    (c) => ({
      method: 'GET',
      path: `/api/projects/${pick(c.projectIds)}/matches?limit=20`,
      user: pick(c.users),
    }),
  ],
  [
    15,
    'firm profile',
    true,
    (c) => ({ method: 'GET', path: `/api/firms/${pick(c.firmIds)}`, user: pick(c.users) }),
  ],
  [
    10,
    'firm directory',
    true,
    (c) => {
      const q = new URLSearchParams({ limit: '20' });
      if (maybe(0.5)) q.set('q', pick(WORDS));
      if (maybe(0.5)) q.append('capability', pick(c.capabilityCodes));
      return { method: 'GET', path: `/api/firms?${q.toString()}`, user: pick(c.users) };
    },
  ],
  [5, 'taxonomy', false, (c) => ({ method: 'GET', path: '/api/taxonomy', user: pick(c.users) })],
  [
    6,
    'PATCH own profile',
    true,
    (c, n) => {
      const u = pick(c.writers);
      return {
        method: 'PATCH',
        path: `/api/firms/${u.firmId}`,
        user: u,
        body: { description: `Load run ${c.runId}, request ${n}`, foundedYear: 1990 + (n % 30) },
      };
    },
  ],
  [
    6,
    'PUT capabilities',
    true,
    (c, n) => {
      const u = pick(c.writers);
      const codes = [...new Set(Array.from({ length: 3 }, () => pick(c.capabilityCodes)))];
      return {
        method: 'PUT',
        path: `/api/firms/${u.firmId}/capabilities`,
        user: u,
        body: {
          capabilities: codes.map((code, i) => ({
            code,
            level: 1 + ((n + i) % 3),
            note: `load ${c.runId}-${n}`,
          })),
        },
      };
    },
  ],
  [
    4,
    'POST track record',
    true,
    (c, n) => {
      const u = pick(c.writers);
      const title = `Load probe ${c.runId}-${n}`;
      return {
        method: 'POST',
        path: `/api/firms/${u.firmId}/track-records`,
        user: u,
        body: { countryCode: pick(['VN', 'ID', 'PH', 'KE']), projectTitle: title, year: 2024 },
        track: title,
      };
    },
  ],
  [
    4,
    'read-all notifications',
    true,
    (c) => ({ method: 'POST', path: '/api/notifications/read-all', user: pick(c.users) }),
  ],
];
const TOTAL_WEIGHT = MIX.reduce((a, m) => a + m[0], 0);

function chooseOp() {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const m of MIX) if ((r -= m[0]) < 0) return m;
  return MIX[0];
}

interface Sample {
  kind: string;
  dbBacked: boolean;
  status: number;
  error?: string;
  scheduled: number; // ms since the run started
  done: number;
  latency: number; // done - scheduled
  track?: string;
  upstream?: string;
}

async function runLoad(
  ctx: Context,
  seconds: number,
  onTick?: (elapsedMs: number) => void,
): Promise<{ samples: Sample[]; wallSeconds: number }> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const samples: Sample[] = [];
  const inflight = new Set<Promise<void>>();
  const start = performance.now();
  let n = 0;
  const fire = (scheduledAbs: number) => {
    const i = n++;
    const [, kind, dbBacked, make] = chooseOp();
    const req = make(ctx, i);
    const p = http(req.method, req.path, req.user.token, req.body).then((r) => {
      const done = performance.now() - start;
      const scheduled = scheduledAbs - start;
      samples.push({
        kind,
        dbBacked,
        status: r.status,
        error: r.error,
        scheduled,
        done,
        latency: done - scheduled,
        track: req.track,
        upstream: r.upstream,
      });
      inflight.delete(p);
    });
    inflight.add(p);
  };
  await new Promise<void>((finish) => {
    const tick = () => {
      const now = performance.now();
      while (n < total && start + n * interval <= now) fire(start + n * interval);
      onTick?.(now - start);
      if (n >= total) return finish();
      setTimeout(tick, Math.max(0, start + n * interval - performance.now()));
    };
    tick();
  });
  while (inflight.size) await Promise.all([...inflight]);
  return { samples, wallSeconds: (performance.now() - start) / 1000 };
}

// ---------------------------------------------------------------- stats

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const r1 = (x: number) => Math.round(x * 10) / 10;

function summarize(samples: Sample[]) {
  const lat = samples.map((s) => s.latency).sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors: samples.filter((s) => s.status === 0).length,
    non2xx: samples.filter((s) => s.status !== 0 && (s.status < 200 || s.status > 299)).length,
    p50Ms: r1(quantile(lat, 0.5)),
    p95Ms: r1(quantile(lat, 0.95)),
    p99Ms: r1(quantile(lat, 0.99)),
    maxMs: r1(lat[lat.length - 1] ?? NaN),
  };
}

function printTable(samples: Sample[]) {
  const rows: Record<string, object> = {};
  for (const [, kind] of MIX) {
    const s = samples.filter((x) => x.kind === kind);
    const sum = summarize(s);
    rows[kind] = {
      requests: sum.requests,
      errors: sum.errors,
      non2xx: sum.non2xx,
      'p50 ms': sum.p50Ms,
      'p95 ms': sum.p95Ms,
      'p99 ms': sum.p99Ms,
      'max ms': sum.maxMs,
    };
  }
  const all = summarize(samples);
  rows.ALL = {
    requests: all.requests,
    errors: all.errors,
    non2xx: all.non2xx,
    'p50 ms': all.p50Ms,
    'p95 ms': all.p95Ms,
    'p99 ms': all.p99Ms,
    'max ms': all.maxMs,
  };
  console.table(rows);
  // Latency over time shows whether a tail is a steady state or a queue that builds up.
  const windowMs = samples.length && Math.max(...samples.map((x) => x.scheduled)) > 30_000 ? 10_000 : 5_000;
  const timeline: Record<string, object> = {};
  for (let from = 0; samples.some((x) => x.scheduled >= from); from += windowMs) {
    const w = summarize(samples.filter((x) => x.scheduled >= from && x.scheduled < from + windowMs));
    timeline[`${from / 1000}-${(from + windowMs) / 1000} s`] = {
      requests: w.requests,
      'errors+non2xx': w.errors + w.non2xx,
      'p50 ms': w.p50Ms,
      'p99 ms': w.p99Ms,
      'max ms': w.maxMs,
    };
  }
  console.table(timeline);
  const statuses: Record<string, number> = {};
  for (const s of samples)
    if (s.status < 200 || s.status > 299)
      statuses[s.status ? String(s.status) : (s.error ?? 'error')] =
        (statuses[s.status ? String(s.status) : (s.error ?? 'error')] ?? 0) + 1;
  if (Object.keys(statuses).length) console.log('non-2xx / errors by status:', statuses);
}

// ---------------------------------------------------------------- PostgreSQL restart

/** The local service's cluster as "VERSION NAME" for pg_ctlcluster (Debian). */
function cluster(): [string, string] {
  if (opts['pg-cluster']) return opts['pg-cluster'].split(/[ /]/) as [string, string];
  const out = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).trim().split('\n')[0].split(/\s+/);
  return [out[0], out[1]];
}

/** Asynchronous, so the load generator keeps its schedule while PostgreSQL stops and starts. */
async function pgctl(action: 'stop' | 'start'): Promise<void> {
  const [version, name] = cluster();
  await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, action]);
}

async function waitDbUp(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      await pgAdmin(url)('SELECT 1');
      return;
    } catch {
      await sleep(50);
    }
  }
  throw new Error('PostgreSQL did not come back within 30 s');
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  if (!opts.url && !existsSync(resolve(ROOT, 'dist/apps/api/src/main.js'))) {
    console.error('Build first: npm run build (npm run load does it)');
    return 2;
  }
  const target: Target = opts.url
    ? { url: opts.url.replace(/\/$/, ''), stop: () => Promise.resolve() }
    : cluster_
      ? await startCluster()
      : await startOwnServer();
  baseUrl = target.url;
  try {
    console.log(
      `Target ${target.url}${restartDb ? ` (DATABASE_URL ${target.dbUrl})` : ''}${cluster_ ? ` (nginx in front of ${target.upstreams!.join(', ')})` : ''}: ${rate} req/s for ${duration} s, ${userCount} registered firm admins + 4 demo accounts`,
    );
    const ctx = await setup();
    // Warm-up (not measured): JIT, pools, the match index.
    await runLoad(ctx, Math.min(5, duration / 4));

    let downAt: number | undefined;
    let upAt: number | undefined;
    let restart: Promise<void> | undefined;
    const downSeconds = Number(opts['down-seconds']);
    const onTick = restartDb
      ? (elapsed: number) => {
          if (restart || elapsed < (duration * 1000) / 2 - (downSeconds * 1000) / 2) return;
          restart = (async () => {
            await sleep(0);
            downAt = elapsed;
            console.log(`[${(elapsed / 1000).toFixed(1)} s] stopping PostgreSQL for ${downSeconds} s`);
            const t0 = performance.now();
            await pgctl('stop');
            await sleep(downSeconds * 1000);
            await pgctl('start');
            await waitDbUp(target.dbUrl!);
            upAt = elapsed + (performance.now() - t0);
            console.log(`[${(upAt / 1000).toFixed(1)} s] PostgreSQL accepts connections again`);
          })();
        }
      : undefined;

    // --instances: the last instance is stopped (SIGTERM: graceful drain) a quarter into the run and started again.
    let instanceRestart: { at: number; stopMs: number; startMs: number; backAt: number } | undefined;
    const onClusterTick = cluster_
      ? (elapsed: number) => {
          if (restart || elapsed < (duration * 1000) / 4) return;
          restart = (async () => {
            await sleep(0);
            console.log(
              `[${(elapsed / 1000).toFixed(1)} s] restarting instance ${instances} (SIGTERM, then start)`,
            );
            const r = await target.restart!(instances - 1);
            instanceRestart = { at: elapsed, ...r, backAt: elapsed + r.stopMs + r.startMs };
            console.log(
              `[${(instanceRestart.backAt / 1000).toFixed(1)} s] instance ${instances} is back (stop ${r.stopMs} ms, start ${r.startMs} ms)`,
            );
          })();
        }
      : undefined;

    const run = await runLoad(ctx, duration, onTick ?? onClusterTick);
    await restart;
    const samples = run.samples;
    let wallSeconds = run.wallSeconds;
    if (cluster_) {
      // 3 s more once the restarted instance is back (its start may outlast the run on a busy machine):
      // it must take its share of requests again.
      const offset = wallSeconds * 1000;
      const more = await runLoad(ctx, 3);
      for (const x of more.samples)
        samples.push({ ...x, scheduled: x.scheduled + offset, done: x.done + offset });
      wallSeconds += more.wallSeconds;
    }
    const summary = summarize(samples);
    const rps = r1(samples.length / wallSeconds);
    printTable(samples);
    console.log(`offered ${rate} req/s, completed ${rps} req/s over ${wallSeconds.toFixed(1)} s`);

    mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
    const outFile = resolve(ROOT, smoke ? 'bench/load-smoke.json' : 'bench/load.json');
    const previous = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
    const main = {
      rps,
      errors: summary.errors,
      non2xx: summary.non2xx,
      p50Ms: summary.p50Ms,
      p95Ms: summary.p95Ms,
      p99Ms: summary.p99Ms,
      rate,
      durationSeconds: duration,
      requests: summary.requests,
      at: new Date().toISOString(),
    };

    if (cluster_) {
      if (!instanceRestart) throw new Error('no instance was restarted (run longer)');
      const byUpstream = (from: number, to: number) => {
        const counts: Record<string, number> = {};
        for (const x of samples)
          if (x.scheduled >= from && x.scheduled < to && x.upstream)
            for (const u of x.upstream.split(/,\s*/)) counts[u] = (counts[u] ?? 0) + 1;
        return counts;
      };
      const restarted = target.upstreams![instances - 1];
      const after = byUpstream(Math.max(instanceRestart.backAt, wallSeconds * 1000 - 3000), Infinity);
      const result = {
        instances,
        ...main,
        failed: summary.errors + summary.non2xx,
        retriedOnOtherUpstream: samples.filter((x) => x.upstream?.includes(',')).length,
        restart: instanceRestart,
        requestsPerUpstream: {
          before: byUpstream(0, instanceRestart.at),
          during: byUpstream(instanceRestart.at, instanceRestart.backAt),
          after,
        },
      };
      console.log('instances:', JSON.stringify(result, null, 2));
      writeFileSync(resolve(ROOT, 'bench/load-instances.json'), JSON.stringify(result, null, 2) + '\n');
      const backInUse = (after[restarted] ?? 0) > 0;
      const ok = result.failed === 0 && backInUse;
      console.log(
        ok
          ? `instances: OK (0 failed requests; ${restarted} served ${after[restarted]} requests after its restart)`
          : `instances: FAILED (${result.failed} failed requests${backInUse ? '' : `; ${restarted} got no traffic after its restart`})`,
      );
      return ok ? 0 : 1;
    }

    if (restartDb) {
      if (downAt === undefined || upAt === undefined) throw new Error('the database was not restarted');
      const result = await verifyRestart(samples, target.dbUrl!, downAt, upAt);
      console.log('restart:', result);
      writeFileSync(
        outFile,
        JSON.stringify({ ...previous, restart: { ...result, run: main } }, null, 2) + '\n',
      );
      const ok =
        result.lost === 0 &&
        result.recoverySeconds !== null &&
        result.recoverySeconds <= 5 &&
        result.hungDuringOutage === 0 &&
        result.non503DuringOutage === 0;
      console.log(
        ok ? 'restart: OK' : 'restart: FAILED (lost writes, slow recovery, hangs or a non-503 failure)',
      );
      return ok ? 0 : 1;
    }
    writeFileSync(
      outFile,
      JSON.stringify(
        { ...main, ...(previous.restart && !smoke ? { restart: previous.restart } : {}) },
        null,
        2,
      ) + '\n',
    );
    console.log(`wrote ${outFile}`);
    if (smoke && (summary.errors || summary.non2xx)) {
      console.error(`smoke: ${summary.errors} errors, ${summary.non2xx} non-2xx answers`);
      return 1;
    }
    if (!smoke && summary.p99Ms > 200)
      console.log(`note: p99 ${summary.p99Ms} ms is above the 200 ms target`);
    return 0;
  } catch (e) {
    if (target.log) console.error(`server output (tail):\n${target.log().slice(-5000)}`);
    throw e;
  } finally {
    if (restartDb) await pgctl('start').catch(() => undefined); // never leave the service stopped
    await target.stop();
    agent.destroy();
  }
}

/**
 * After a run with a PostgreSQL restart: every failure while the database was away must be a quick 503,
 * the API must answer 2xx again within seconds, and every write acknowledged with 2xx must be stored.
 */
async function verifyRestart(samples: Sample[], dbUrl: string, downAt: number, upAt: number) {
  const failures = samples.filter((s) => s.status < 200 || s.status > 299);
  const during = samples.filter((s) => s.done >= downAt && s.scheduled <= upAt);
  const failedDuring = during.filter((s) => s.status < 200 || s.status > 299);
  const firstOkAfterUp = samples
    .filter((s) => s.dbBacked && s.scheduled >= upAt && s.status >= 200 && s.status < 300)
    .sort((a, b) => a.done - b.done)[0];
  const acknowledged = samples.filter((s) => s.track && s.status === 201).map((s) => s.track!);
  const stored = new Set(
    (
      await pgAdmin(dbUrl)<{ t: string }>(
        'SELECT project_title AS t FROM firm_track_records WHERE project_title = ANY($1)',
        [acknowledged],
      )
    ).map((r) => r.t),
  );
  const statusCounts: Record<string, number> = {};
  const kindCounts: Record<string, number> = {};
  for (const s of failures) {
    const key = `${s.status || s.error || 'error'}`;
    statusCounts[key] = (statusCounts[key] ?? 0) + 1;
    kindCounts[`${s.kind}: ${key}`] = (kindCounts[`${s.kind}: ${key}`] ?? 0) + 1;
  }
  return {
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((t) => !stored.has(t)).length,
    recoverySeconds: firstOkAfterUp ? Math.round(firstOkAfterUp.done - upAt) / 1000 : null,
    downSeconds: Math.round(upAt - downAt) / 1000,
    failedDuringOutage: failedDuring.length,
    non503DuringOutage: failedDuring.filter((s) => s.status !== 503).length,
    hungDuringOutage: failedDuring.filter((s) => s.latency > 5000).length,
    maxFailureLatencyMs: r1(Math.max(0, ...failedDuring.map((s) => s.latency))),
    failuresOutsideOutage: failures.length - failedDuring.length,
    failuresByStatus: statusCounts,
    failuresByRoute: kindCounts,
  };
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
