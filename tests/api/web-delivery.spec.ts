import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { Response } from 'superagent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, measureWeb } from '../bench/web-size';
import { createTestApp, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');

/**
 * The real production build of the web app (into a temp folder, so dist/ is left alone) served by the
 * real app: first-load budget, compression and cache headers, no source maps.
 */
describe('web delivery', () => {
  let dist: string;
  let t: TestApp;
  let entry: string; // e.g. /assets/index-AbC123.js
  let maps: string[];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cm-web-'));
    execFileSync(
      process.execPath,
      [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts'].concat(
        ['--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
      ),
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        stdio: 'pipe',
      },
    );
    entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(
      readFileSync(join(dist, 'index.html'), 'utf8'),
    )![1];
    maps = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.map'));
    t = await createTestApp({ WEB_DIST: dist });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it(`keeps first-load JavaScript within ${FIRST_LOAD_BUDGET_KB} KB gzipped`, () => {
    const size = measureWeb(dist);
    expect(size.firstLoadFiles.map((f) => f.file)).toContain(entry.slice(1));
    expect(size.firstLoadGzipKB).toBeGreaterThan(50); // the measure sees react and the shell
    expect(size.firstLoadGzipKB).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });

  it('serves hashed assets immutable, precompressed as the client accepts', async () => {
    const raw = readFileSync(join(dist, entry));
    const br = await t.http.get(entry).set('Accept-Encoding', 'gzip, deflate, br').buffer(true).parse(binary);
    expect(br.status).toBe(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    // The client decodes what the Content-Encoding says: equal bytes prove the encoding was real.
    expect((br.body as Buffer).equals(raw)).toBe(true);

    const gz = await t.http.get(entry).set('Accept-Encoding', 'gzip').buffer(true).parse(binary);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect((gz.body as Buffer).equals(raw)).toBe(true);
    // The files on disk are what is sent: a real brotli/gzip stream of the asset.
    expect(brotliDecompressSync(readFileSync(join(dist, `${entry}.br`))).equals(raw)).toBe(true);
    expect(gunzipSync(readFileSync(join(dist, `${entry}.gz`))).equals(raw)).toBe(true);

    const plain = await t.http.get(entry).set('Accept-Encoding', 'identity').buffer(true).parse(binary);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).equals(raw)).toBe(true);

    const notBr = await t.http.get(entry).set('Accept-Encoding', 'br;q=0, gzip').buffer(true).parse(binary);
    expect(notBr.headers['content-encoding']).toBe('gzip');
  });

  it('revalidates index.html and the SPA fallback, with 304 on an unchanged ETag', async () => {
    for (const path of ['/', '/index.html', '/projects/123', '/firms/abc/edit']) {
      const r = await t.http.get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toBe('no-cache');
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.text).toContain(entry);
    }
    const first = await t.http.get('/');
    const again = await t.http.get('/').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('never serves source maps or the compressed siblings by name, and 404s a missing asset', async () => {
    expect(maps.length).toBeGreaterThan(0); // hidden maps are written (for error tracking)...
    const code = readFileSync(join(dist, entry), 'utf8');
    expect(code).not.toMatch(/sourceMappingURL/); // ...but not referenced
    for (const path of [
      `/assets/${maps[0]}`,
      `${entry}.map`,
      `${entry}.br`,
      `${entry}.gz`,
      '/assets/gone-AbCdEf12.js',
    ])
      expect((await t.http.get(path)).status, path).toBe(404);
  });

  it('leaves /api to the API and compresses its JSON', async () => {
    expect((await t.http.get('/api/nope')).body).toMatchObject({ statusCode: 404 });
    const r = await t.http.get('/api/taxonomy').set('Accept-Encoding', 'br').buffer(true).parse(binary);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse((r.body as Buffer).toString('utf8'))).toHaveProperty('domains');
    const gz = await t.http.get('/api/taxonomy').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toHaveProperty('domains'); // supertest gunzips
  });
});

/** Keeps the body as bytes (superagent has already undone the Content-Encoding). */
function binary(res: Response, done: (e: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
