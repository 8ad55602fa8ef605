/**
 * Shared helpers for the Chromium browser tests: start the built server on a free port with a
 * throw-away embedded database, launch Debian's Chromium via playwright-core, take screenshots.
 * Run `npm run build` first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
const serverEntry = join(repoRoot, 'dist/apps/api/src/main.js');
const webIndex = join(repoRoot, 'dist/web/index.html');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestServer {
  baseUrl: string;
  /** The server's DATA_DIR (the embedded PostgreSQL lives there). */
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  log: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  server: ChildProcess,
  url: string,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `Server exited with code ${server.exitCode} before becoming healthy.\n${log().slice(-4000)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      lastError = `status ${res.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `GET ${url} did not return 200 within ${timeoutMs} ms (${lastError}).\n${log().slice(-4000)}`,
  );
}

/** Starts `node dist/apps/api/src/main.js` with its own data directory; `demoData` loads the demo projects/firms/accounts. */
export async function startServer({ demoData }: { demoData: boolean }): Promise<TestServer> {
  for (const [file, hint] of [
    [serverEntry, 'run `npm run build` at the repository root first'],
    [webIndex, 'the web app has not been built (`npm run build`)'],
    [CHROMIUM, 'apt-get install -y chromium (or set CHROMIUM_PATH)'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}.`);
  }
  mkdirSync(screenshotDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'cm-browser-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_DATA: demoData ? 'true' : 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;

  let output = '';
  const log = () => output;
  const server = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), 20_000)),
      ]);
      if (timedOut) {
        server.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://localhost:${port}`;
  try {
    await waitForHealth(server, `${baseUrl}/api/health`, log, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, log, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  locale: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Full-page screenshot to `tests/browser/screenshots/<name>.png`, after pending loaders settle. */
export async function shot(page: Page, name: string): Promise<void> {
  await page
    .waitForFunction(() => !document.querySelector('button[data-loading]'), undefined, { timeout: 5_000 })
    .catch(() => {});
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits until the locator is visible (fails the test with a clear message otherwise). */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/**
 * The e-mails queued for `to` (newest first), read from the outbox table of the server's embedded
 * PostgreSQL (its port is line 4 of DATA_DIR/postmaster.pid): how a test follows an e-mailed link.
 */
export async function outboxTo(server: TestServer, to: string): Promise<{ subject: string; text: string }[]> {
  const { readFileSync } = await import('node:fs');
  const { Client } = await import('pg');
  const port = Number(readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new Client({
    connectionString: `postgres://postgres:consortium-match-local@127.0.0.1:${port}/consortium_match`,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ subject: string; text: string }>(
      'SELECT subject, text_body AS text FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC',
      [to],
    );
    return rows;
  } finally {
    await client.end();
  }
}
