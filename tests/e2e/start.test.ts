import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@app/demo-data';
import { ROOT, run, startServer, type ServerProcess } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'cm-e2e-'));
chmodSync(dir, 0o755);
const DATA_DIR = join(dir, 'postgres');
const env = { DATA_DIR, DEMO_DATA: '', DATABASE_URL: '' };
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
});

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

function postgresRunning(): boolean {
  const pidFile = resolve(DATA_DIR, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start on the embedded PostgreSQL', () => {
  it('starts with demo data, serves the web app and prints the demo accounts', async () => {
    server = await startServer(env);
    expect(server.output()).toContain(DEMO_ACCOUNTS[0].email);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    // Client-side routes fall back to the SPA.
    expect((await fetch(`${server.url}/signin`)).status).toBe(200);
    for (const account of DEMO_ACCOUNTS) {
      const res = await login(server.url, account.email, account.password);
      expect(res.status, account.email).toBe(200);
      expect(((await res.json()) as { user: { role: string } }).user.role).toBe(account.role);
    }
  });

  it('creates a staff account from the CLI while the server runs, against the same database', async () => {
    const created = await run(
      [
        'dist/apps/api/src/cli/create-user.js',
        '--role',
        'staff',
        '--email',
        'cli-staff@example.kr',
        '--password',
        'namsan-tower-night',
      ],
      env,
    );
    expect(created.output).toContain('Created staff cli-staff@example.kr');
    expect(created.code).toBe(0);
    const res = await login(server!.url, 'cli-staff@example.kr', 'namsan-tower-night');
    expect(res.status).toBe(200);
    const dup = await run(
      [
        'dist/apps/api/src/cli/create-user.js',
        '--role',
        'staff',
        '--email',
        'cli-staff@example.kr',
        '--password',
        'namsan-tower-night',
      ],
      env,
    );
    expect(dup.code).toBe(1);
    expect(dup.output).toMatch(/already exists/);
  });

  it('stops the embedded server on SIGTERM and keeps the data for the next start', async () => {
    expect(postgresRunning()).toBe(true);
    expect(await server!.stop('SIGTERM')).toBe(0);
    expect(postgresRunning()).toBe(false);

    server = await startServer(env);
    expect(server.output()).not.toContain('Demo data loaded');
    expect((await login(server.url, 'cli-staff@example.kr', 'namsan-tower-night')).status).toBe(200);
  });

  it('recovers after the app is killed with SIGKILL (no stale lock, no lost data)', async () => {
    await server!.stop('SIGKILL');
    server = await startServer(env);
    expect((await login(server.url, DEMO_ACCOUNTS[1].email, DEMO_ACCOUNTS[1].password)).status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(postgresRunning()).toBe(false);
  });

  it('refuses to start with a readable message when configuration is invalid', async () => {
    const res = await run(['dist/apps/api/src/main.js'], { ...env, PORT: 'not-a-port' });
    expect(res.code).toBe(1);
    expect(res.output).toContain('Invalid configuration');
    expect(res.output).toContain('PORT');
    expect(existsSync(resolve(ROOT, 'dist/apps/api/src/main.js'))).toBe(true);
  });
});
