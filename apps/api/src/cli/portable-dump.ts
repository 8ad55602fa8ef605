import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';

/**
 * A data-only dump used when no pg_dump at least as new as the server is installed (the embedded
 * PostgreSQL 18 ships no client programs; Debian 12's pg_dump is 15 and refuses newer servers).
 * The schema comes from the app's migrations, so the file records which migrations were applied and
 * holds every table's rows as JSON lines (gzip), read in one REPEATABLE READ snapshot.
 */
export const PORTABLE_FORMAT = 'consortium-match-portable-dump';

interface Header {
  format: typeof PORTABLE_FORMAT;
  version: 1;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: string[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}
interface Trailer {
  end: true;
  rows: Record<string, number>;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** User tables of the public schema (not the migrations list), parents before children of foreign keys. */
async function tablesInLoadOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations' ORDER BY c.relname`,
  );
  const { rows: fks } = await client.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cc.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND cc.oid <> pc.oid`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return; // a cycle keeps the first order seen
    visiting.add(t);
    for (const fk of fks) if (fk.child === t) visit(fk.parent);
    visiting.delete(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t.name);
  return ordered;
}

async function storedColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${q(table)}`],
  );
  return rows.map((r) => r.name);
}

export async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS exists`,
  );
  if (!rows[0].exists) return [];
  return (
    await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY "timestamp", id')
  ).rows.map((r) => r.name);
}

export async function writePortableDump(url: string, file: string): Promise<Trailer['rows']> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const tmp = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(tmp);
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(JSON.stringify(value) + '\n')) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInLoadOrder(client);
    const { rows: seqs } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
    );
    const sequences: Header['sequences'] = [];
    for (const s of seqs) {
      const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
        `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM public.${q(s.name)}`,
      );
      sequences.push({ name: s.name, ...rows[0] });
    }
    const header: Header = {
      format: PORTABLE_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
        .server_version,
      migrations: await appliedMigrations(client),
      tables,
      sequences,
    };
    await write(header);
    const counts: Trailer['rows'] = {};
    for (const table of tables) {
      const columns = await storedColumns(client, table);
      await write({ table, columns });
      await client.query(
        `DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS r FROM (SELECT ${columns.map(q).join(', ')} FROM public.${q(table)}) x`,
      );
      counts[table] = 0;
      for (;;) {
        const { rows } = await client.query<{ r: string }>('FETCH 2000 FROM dump_rows');
        if (!rows.length) break;
        for (const row of rows) if (!gzip.write(row.r + '\n')) await once(gzip, 'drain');
        counts[table] += rows.length;
      }
      await client.query('CLOSE dump_rows');
    }
    await write({ end: true, rows: counts } satisfies Trailer);
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'close');
    renameSync(tmp, file);
    return counts;
  } catch (e) {
    gzip.destroy();
    out.destroy();
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    await client.end();
  }
}

/** Reads the header line of a portable dump. */
export async function readPortableHeader(file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as Header;
    if (header.format !== PORTABLE_FORMAT || header.version !== 1)
      throw new Error(`${file} is not a Consortium Match dump`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

/**
 * Replaces every table's rows with the dump's in one transaction (all or nothing). The database must be
 * at the dump's migrations; `restore.ts` brings an empty or older database there first.
 */
export async function restorePortableDump(url: string, file: string): Promise<Trailer['rows']> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const migrations = await appliedMigrations(client);
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    let header: Header | undefined;
    let trailer: Trailer | undefined;
    let section: { table: string; columns: string[] } | undefined;
    let batch: string[] = [];
    const counts: Trailer['rows'] = {};
    const flush = async () => {
      if (!section || !batch.length) return;
      const cols = section.columns.map(q).join(', ');
      await client.query(
        `INSERT INTO public.${q(section.table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::public.${q(section.table)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      counts[section.table] += batch.length;
      batch = [];
    };
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== PORTABLE_FORMAT) throw new Error(`${file} is not a Consortium Match dump`);
        if (header.migrations.join() !== migrations.join()) {
          throw new Error(
            `the database's migrations (${migrations.length}) differ from the dump's (${header.migrations.length})`,
          );
        }
        const { rows } = await client.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations'`,
        );
        if (rows.length)
          await client.query(
            `TRUNCATE ${rows.map((r) => `public.${q(r.name)}`).join(', ')} RESTART IDENTITY CASCADE`,
          );
        // Skips foreign-key checks while loading (superusers only); otherwise the dump's parent-first order is relied on.
        await client.query('SAVEPOINT replica');
        await client
          .query('SET LOCAL session_replication_role = replica')
          .catch(() => client.query('ROLLBACK TO SAVEPOINT replica'));
        continue;
      }
      if (line.startsWith('{"table":')) {
        await flush();
        section = JSON.parse(line) as { table: string; columns: string[] };
        counts[section.table] = 0;
      } else if (line.startsWith('{"end":')) {
        await flush();
        trailer = JSON.parse(line) as Trailer;
      } else {
        batch.push(line);
        if (batch.length >= 1000) await flush();
      }
    }
    if (!header || !trailer) throw new Error(`${file} is incomplete (no end marker): nothing was restored`);
    for (const [table, n] of Object.entries(trailer.rows)) {
      if (counts[table] !== n)
        throw new Error(`${table}: restored ${counts[table]} rows, the dump has ${n}: nothing was restored`);
    }
    for (const s of header.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        `public.${q(s.name)}`,
        s.lastValue,
        s.isCalled,
      ]);
    }
    await client.query('COMMIT');
    return counts;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
