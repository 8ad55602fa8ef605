import { Client } from 'pg';
import { withDatabase } from '@app/database';

export interface TestDatabaseInfo {
  /** URL of a maintenance database on the test server (used to create/drop databases). */
  serverUrl: string;
  /** Migrated template every test file clones. */
  template: string;
  /** Prefix of every database this run creates, so teardown can drop them all. */
  prefix: string;
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Clones the migrated template into a fresh database: isolated and fast (no migrations per file). */
export async function cloneTemplate(info: TestDatabaseInfo): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${info.prefix}_${Math.random().toString(36).slice(2, 10)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(info.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${info.template}"`);
      break;
    } catch (e) {
      // Another clone may briefly hold the template ("being accessed by other users").
      if (e.code !== '55006' || attempt > 20) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return {
    url: withDatabase(info.serverUrl, name),
    drop: () => adminQuery(info.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
