import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** TypeORM options shared by the app, the CLI scripts and the tests. `entities` come from the app. */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities']): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Fail fast (503) rather than queue requests when the database is unreachable or every connection is busy.
    extra: { max: 20, connectionTimeoutMillis: 2000, keepAlive: true },
    logging: ['error', 'warn'],
  };
}
