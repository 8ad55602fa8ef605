import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@app/database';
import { createDataSource, migrate } from '../../apps/api/src/database';
import { syncReferenceData } from '../../apps/api/src/reference-data';
import { adminQuery, type TestDatabaseInfo } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo;
  }
}

/**
 * One real PostgreSQL per run: DATABASE_URL's server when set, otherwise a throw-away
 * embedded one. Migrations run once into a template that each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'cm-test-'));
    chmodSync(dir, 0o755); // as root, the server runs as the `postgres` user and must reach its data dir
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false });
    serverUrl = embedded.url;
  }
  const prefix = `cm_t${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_tpl`;
  await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
  await migrate(withDatabase(serverUrl, template));
  const ds = await createDataSource(withDatabase(serverUrl, template)).initialize();
  await syncReferenceData(ds);
  await ds.destroy();
  project.provide('testDatabase', { serverUrl, template, prefix });

  return async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
    await embedded?.stop();
  };
}
