import 'reflect-metadata';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapConfig } from '../boot';
import { findPgTool, foundVersions, libpqArgs, runTool, serverMajor } from './pg-tools';
import { writePortableDump } from './portable-dump';

const USAGE = 'Usage: npm run db:backup [-- FILE] [--format auto|custom|portable]';

/**
 * Backs up the database `npm start` uses (the running embedded server, or starts it, or DATABASE_URL):
 * pg_dump's custom format when a pg_dump at least as new as the server is installed, otherwise the
 * portable data dump (see portable-dump.ts). `npm run db:restore -- FILE --yes` reads either.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'auto' } },
  });
  if (positionals.length > 1 || !['auto', 'custom', 'portable'].includes(values.format)) {
    console.error(USAGE);
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(positionals[0] ?? `backups/consortium-match-${stamp}.dump`);
  mkdirSync(dirname(file), { recursive: true });

  const { config, db } = await bootstrapConfig({ ...process.env, LOG_LEVEL: 'silent' });
  try {
    const major = await serverMajor(config.databaseUrl);
    const pgDump = values.format === 'portable' ? null : findPgTool('pg_dump', major);
    if (!pgDump && values.format === 'custom') {
      console.error(
        `No pg_dump >= ${major} found (found: ${foundVersions('pg_dump').join(', ') || 'none'}); use --format portable.`,
      );
      return 1;
    }
    if (pgDump) {
      const { dbname, env } = libpqArgs(config.databaseUrl);
      const tmp = `${file}.partial`;
      const r = await runTool(
        pgDump.path,
        ['--format=custom', '--no-owner', `--file=${tmp}`, `--dbname=${dbname}`],
        env,
      );
      if (r.code !== 0) {
        rmSync(tmp, { force: true });
        console.error(`pg_dump failed (exit ${r.code})`);
        return 1;
      }
      renameSync(tmp, file);
      console.log(
        `Backed up to ${file} (pg_dump ${pgDump.version}, custom format, ${statSync(file).size} bytes)`,
      );
    } else {
      if (values.format === 'auto')
        console.log(
          `No pg_dump >= ${major} installed: writing the portable data dump (schema = the app's migrations).`,
        );
      const rows = await writePortableDump(config.databaseUrl, file);
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      console.log(
        `Backed up to ${file} (portable format, ${Object.keys(rows).length} tables, ${total} rows, ${statSync(file).size} bytes)`,
      );
    }
    return 0;
  } catch (e) {
    console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await db.stop();
  }
}

void main().then((code) => process.exit(code));
