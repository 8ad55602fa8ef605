import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, withDatabase } from '@app/database';
import { DEMO_ACCOUNTS } from '@app/demo-data';
import { adminQuery, createServiceDatabase, fingerprint } from './local-postgres';
import { run, startServer, type ServerProcess } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'cm-e2e-backup-'));
chmodSync(dir, 0o755);
const servers: ServerProcess[] = [];
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of drops) await d().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const login = (url: string, email: string, password: string) =>
  post(url, '/api/auth/login', { email, password });

async function sql(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

/** Changes data the way people would: a CLI account, a sign-up through the API, deleted and edited rows. */
async function changeData(server: ServerProcess, env: Record<string, string>, dbUrl: string): Promise<void> {
  const created = await run(
    [
      'dist/apps/api/src/cli/create-user.js',
      '--role',
      'staff',
      '--email',
      'after-backup@example.kr',
      '--password',
      'namsan-tower-night',
    ],
    env,
  );
  expect(created.code, created.output).toBe(0);
  const reg = await post(server.url, '/api/auth/register', {
    email: 'new-firm@example.kr',
    password: 'hanriver-ferry-42',
    name: 'Park',
    firm: { name: 'After Backup Ltd', size: 'sme', type: 'service_solution', homeCountry: 'KR' },
  });
  expect(reg.status, await reg.clone().text()).toBe(201);
  await sql(
    dbUrl,
    `DELETE FROM firm_track_records; UPDATE firms SET name = name || ' (edited)' WHERE source_ref IS NOT NULL`,
  );
}

/** Backup, change, restore; then the database is exactly as backed up and the app runs on it. */
async function roundTrip(
  appEnv: Record<string, string>,
  dbUrl: () => Promise<string>,
  expectedFormat: RegExp,
) {
  // Background workers off, so the only writes are the test's own and fingerprints can be compared exactly.
  const env = { ...appEnv, MAIL_POLL_MS: '0', SWEEP_INTERVAL_MS: '0' };
  let server = await startServer(env);
  servers.push(server);
  const url = await dbUrl();
  const before = await fingerprint(url);
  expect(Number(before.projects.split(' ')[0])).toBe(345);
  expect(Number(before.firm_track_records.split(' ')[0])).toBeGreaterThan(0);

  const file = join(dir, `backup-${Date.now()}.dump`);
  const backup = await run(['dist/apps/api/src/cli/backup.js', file], env);
  expect(backup.code, backup.output).toBe(0);
  expect(backup.output).toMatch(expectedFormat);
  expect(existsSync(file)).toBe(true);

  await changeData(server, env, url);
  const changed = await fingerprint(url);
  expect(changed).not.toEqual(before);
  expect(changed.firm_track_records).toMatch(/^0 rows/);

  // Without --yes nothing happens.
  const refused = await run(['dist/apps/api/src/cli/restore.js', file], env);
  expect(refused.code).toBe(2);
  expect(refused.output).toContain('--yes');
  expect(await fingerprint(url)).toEqual(changed);

  const restored = await run(['dist/apps/api/src/cli/restore.js', file, '--yes'], env);
  expect(restored.code, restored.output).toBe(0);
  expect(await fingerprint(url)).toEqual(before);

  // The app, restarted on the restored data: demo accounts work, accounts made after the backup are gone.
  await server.stop();
  server = await startServer(env);
  servers.push(server);
  expect((await login(server.url, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password)).status).toBe(200);
  expect((await login(server.url, 'after-backup@example.kr', 'namsan-tower-night')).status).toBe(401);
  expect((await login(server.url, 'new-firm@example.kr', 'hanriver-ferry-42')).status).toBe(401);
  await server.stop();
}

describe('npm run db:backup / db:restore', () => {
  it('round-trips the embedded database (portable dump: no pg_dump 18 on the machine)', async () => {
    const DATA_DIR = join(dir, 'postgres');
    const env = { DATA_DIR, DATABASE_URL: '', DEMO_DATA: '' };
    // The app's server is running: this reuses it without taking ownership.
    const embeddedUrl = async () =>
      withDatabase((await startEmbeddedPostgres({ dataDir: DATA_DIR })).url, 'consortium_match');
    await roundTrip(env, embeddedUrl, /Backed up to .*\((portable|pg_dump)/);
  });

  it('round-trips a DATABASE_URL database with pg_dump/pg_restore (custom format)', async () => {
    const db = await createServiceDatabase('e2e_backup');
    drops.push(db.drop);
    const env = { DATABASE_URL: db.url, DEMO_DATA: 'true' };
    const [{ v }] = await adminQuery<{ v: string }>('SHOW server_version_num');
    // The machine's service is PostgreSQL 15 and so is its pg_dump: the custom format is used.
    await roundTrip(
      env,
      () => Promise.resolve(db.url),
      Number(v) < 160000 ? /custom format/ : /Backed up to/,
    );
  });

  it('refuses a file that is not a backup', async () => {
    const res = await run(['dist/apps/api/src/cli/restore.js', join(__dirname, 'backup.test.ts'), '--yes'], {
      DATA_DIR: join(dir, 'unused'),
      DATABASE_URL: '',
    });
    expect(res.code).toBe(2);
    expect(res.output).toMatch(/neither a pg_dump/);
  });
});
