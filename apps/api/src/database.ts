import { DataSource } from 'typeorm';
import type { Env } from '@app/config';
import { dataSourceOptions, ensureDatabase, startEmbeddedPostgres } from '@app/database';
import { ENTITIES } from './entities';

export const EMBEDDED_DATABASE_NAME = 'consortium_match';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server when this process started it. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(
  env: Env,
  log: (msg: string) => void = () => undefined,
): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, onLog: log });
  try {
    const url = await ensureDatabase(server.url, EMBEDDED_DATABASE_NAME);
    return { url, embedded: true, stop: () => server.stop() };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url, ENTITIES));
}

/** Applies pending migrations; returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const ds = await createDataSource(url).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
