import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import { percentiles } from './stats';

const ROOT = resolve(__dirname, '../..');

async function waitHealthy(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('server exited');
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

export interface RouteLoad {
  p50Ms: number;
  p95Ms: number;
  /** Answers per second over the run. */
  rps: number;
  non2xx: number;
}

/**
 * 20 connections on one URL for `seconds`. `vary` gives each request its own query suffix (a fresh
 * `exclude` id that matches no firm): same work, different cache key, so every request is a cache miss.
 */
function load(url: string, headers: Record<string, string>, seconds: number, vary?: () => string): Promise<RouteLoad> {
  return new Promise((resolveLoad, reject) => {
    const times: number[] = [];
    const { pathname, search } = new URL(url);
    const requests: CannonRequest[] | undefined = vary
      ? [{ setupRequest: (req: CannonRequest) => ({ ...req, path: `${pathname}${search}${vary()}` }) }]
      : undefined;
    const instance = autocannon({ url, connections: 20, duration: seconds, headers, requests }, (err, result) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      const elapsed = Math.max(1e-9, result.duration || seconds);
      resolveLoad({ ...percentiles(times), rps: Math.round(((result['2xx'] ?? 0) / elapsed) * 10) / 10, non2xx: result.non2xx });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

/**
 * Runs the built app on the embedded database with the demo data and loads each route with 20
 * connections, one route after the other in the same process (so ratios between routes are
 * comparable even when other work loads the machine).
 */
export async function httpBench(seconds = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'cm-bench-'));
  chmodSync(dir, 0o755);
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: join(dir, 'pg'), DATABASE_URL: '', DEMO_DATA: 'true', LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT: '1000', SIGNUP_RATE_LIMIT: '100000', MATCHING_RATE_LIMIT: '100000000' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, child);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'large@demo.consortium-match.kr', password: 'cm-demo-2026!' }),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    const auth = { authorization: `Bearer ${login.accessToken}` };
    const list = await fetch(`${url}/api/projects?q=Madiun&limit=1`, { headers: auth }).then(
      (r) => r.json() as Promise<{ items: { id: string }[] }>,
    );
    const id = list.items[0].id;
    const consortiumUrl = `${url}/api/projects/${id}/consortium-suggestions?limit=5`;
    return {
      matches: await load(`${url}/api/projects/${id}/matches?limit=20`, auth, seconds),
      consortium: await load(consortiumUrl, auth, seconds),
      consortiumMiss: await load(consortiumUrl, auth, seconds, () => `&exclude=${randomUUID()}`),
      me: await load(`${url}/api/auth/me`, auth, seconds),
      health: await load(`${url}/api/health`, {}, seconds),
      live: await load(`${url}/api/health/live`, {}, seconds),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
