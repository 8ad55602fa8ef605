import { Client } from 'pg';
import { withDatabase } from './embedded-postgres';

/** Creates `database` on the server behind `serverUrl` when it does not exist yet; returns its URL. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } catch (e) {
        // Another process created it between our check and the CREATE.
        if ((e as { code?: string }).code !== '42P04') throw e;
      }
    }
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}
