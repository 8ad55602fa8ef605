import 'reflect-metadata';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '@app/database';
import { bootstrapConfig } from '../boot';
import { ENTITIES } from '../entities';
import { findPgTool, foundVersions, libpqArgs, runTool } from './pg-tools';
import { appliedMigrations, readPortableHeader, restorePortableDump } from './portable-dump';

const USAGE =
  'Usage: npm run db:restore -- FILE --yes   (replaces all data of the database `npm start` uses)';

function formatOf(file: string): 'custom' | 'portable' | null {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') === 'PGDMP') return 'custom';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'portable';
  return null;
}

/** Brings an empty or older database to exactly the dump's migrations, so the dump's rows fit the schema. */
async function migrateTo(url: string, wanted: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const current = await appliedMigrations(client).finally(() => client.end());
  if (current.join() === wanted.join()) return;
  const known = new Map(MIGRATIONS.map((m) => [new m().name, m]));
  const unknown = wanted.filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(
      `the dump was made by a newer version of the app (migrations ${unknown.join(', ')}); restore it with that version`,
    );
  if (current.some((n, i) => wanted[i] !== n)) {
    throw new Error(
      `the database has migrations the dump does not (${current.filter((n) => !wanted.includes(n)).join(', ') || 'other order'}); restore into a fresh database (new DATA_DIR or DATABASE_URL), then start the app to migrate it`,
    );
  }
  const ds = new DataSource({
    ...dataSourceOptions(url, ENTITIES),
    migrations: wanted.map((n) => known.get(n)!),
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = resolve(positionals[0]);
  if (!existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const format = formatOf(file);
  if (!format) {
    console.error(`${file} is neither a pg_dump custom-format archive nor a portable Consortium Match dump`);
    return 2;
  }
  if (!values.yes) {
    console.error(
      `Restoring replaces every table of the database with the contents of ${file}.\nRe-run with --yes to do it: npm run db:restore -- ${positionals[0]} --yes`,
    );
    return 2;
  }
  const { config, db } = await bootstrapConfig({ ...process.env, LOG_LEVEL: 'silent' });
  try {
    if (format === 'custom') {
      const pgRestore = findPgTool('pg_restore', 0);
      if (!pgRestore) {
        console.error(`No pg_restore found (found: ${foundVersions('pg_restore').join(', ') || 'none'})`);
        return 1;
      }
      const { dbname, env } = libpqArgs(config.databaseUrl);
      const args = [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        '--exit-on-error',
        `--dbname=${dbname}`,
        file,
      ];
      const r = await runTool(pgRestore.path, args, env);
      if (r.code !== 0) {
        console.error(`pg_restore failed (exit ${r.code}); the database is unchanged (single transaction)`);
        return 1;
      }
      console.log(`Restored ${file} (pg_restore ${pgRestore.version})`);
    } else {
      const header = await readPortableHeader(file);
      await migrateTo(config.databaseUrl, header.migrations);
      const rows = await restorePortableDump(config.databaseUrl, file);
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      console.log(
        `Restored ${file} (portable format from ${header.createdAt}: ${Object.keys(rows).length} tables, ${total} rows)`,
      );
    }
    console.log('Restart the app if it is running: it keeps the match index and caches in memory.');
    return 0;
  } catch (e) {
    console.error(`Restore failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await db.stop();
  }
}

void main().then((code) => process.exit(code));
