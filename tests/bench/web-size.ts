/**
 * First-load JavaScript of the built web app: the entry script of dist/web/index.html, every module it
 * preloads and, transitively, every chunk those import statically (dynamic `import()` = lazy pages, not
 * counted), plus the larger of the two language chunks (`locales-ko`, `locales-en`): main.tsx loads
 * exactly one of them before the first render, so it is part of every first load. Sizes are gzip level 6 (what a default on-the-fly gzip would send) and brotli as served.
 *
 *   node --import tsx tests/bench/web-size.ts [--dist dist/web]   # writes bench/web.json
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_KB = 200;

export interface WebSize {
  firstLoadGzipKB: number;
  firstLoadBrotliKB: number;
  firstLoadRawKB: number;
  firstLoadFiles: { file: string; rawKB: number; gzipKB: number }[];
  cssGzipKB: number;
  totalJsGzipKB: number;
  chunks: number;
  budgetKB: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Static imports of a built ES chunk: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) out.push(m[1]);
  return out;
}

export function measureWeb(dist: string): WebSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  if (!urls.length) throw new Error(`no module script in ${dist}/index.html`);
  const seen = new Set<string>();
  const queue = urls.map((u) => join(dist, u.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8')))
      if (spec.startsWith('.') || spec.startsWith('/'))
        queue.push(spec.startsWith('/') ? join(dist, spec.slice(1)) : resolve(dirname(file), spec));
  }
  // The UI language's strings load before the first render: count the larger language with its imports.
  const languageChunks = readdirSync(join(dist, 'assets')).filter((f) => /^locales-(ko|en)-.*\.js$/.test(f));
  if (languageChunks.length !== 2) throw new Error(`expected the locales-ko and locales-en chunks, found ${languageChunks.join(', ')}`);
  const closure = (start: string) => {
    const own = new Set<string>();
    const todo = [start];
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file) || own.has(file)) continue;
      own.add(file);
      for (const spec of staticImports(readFileSync(file, 'utf8')))
        if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
    }
    return own;
  };
  const gz = (set: Set<string>) => [...set].reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0);
  const [larger] = languageChunks
    .map((f) => closure(join(dist, 'assets', f)))
    .sort((a, b) => gz(b) - gz(a));
  for (const file of larger) seen.add(file);
  const files = [...seen].sort().map((file) => {
    const raw = readFileSync(file);
    return { file: file.slice(dist.length + 1), raw, gz: gzipSync(raw).length, br: brotliCompressSync(raw).length };
  });
  const assets = join(dist, 'assets');
  const all = readdirSync(assets);
  const gzipOf = (re: RegExp) =>
    all.filter((f) => re.test(f)).reduce((a, f) => a + gzipSync(readFileSync(join(assets, f))).length, 0);
  return {
    firstLoadGzipKB: kb(files.reduce((a, f) => a + f.gz, 0)),
    firstLoadBrotliKB: kb(files.reduce((a, f) => a + f.br, 0)),
    firstLoadRawKB: kb(files.reduce((a, f) => a + f.raw.length, 0)),
    firstLoadFiles: files
      .map((f) => ({ file: f.file, rawKB: kb(f.raw.length), gzipKB: kb(f.gz) }))
      .sort((a, b) => b.gzipKB - a.gzipKB),
    cssGzipKB: kb(gzipOf(/\.css$/)),
    totalJsGzipKB: kb(gzipOf(/\.js$/)),
    chunks: all.filter((f) => f.endsWith('.js')).length,
    budgetKB: FIRST_LOAD_BUDGET_KB,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist/web' } } });
  const root = resolve(__dirname, '../..');
  const dist = resolve(root, values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run npm run build first`);
    process.exit(2);
  }
  const size = measureWeb(dist);
  console.table(size.firstLoadFiles);
  console.log(
    `first-load JavaScript: ${size.firstLoadGzipKB} KB gzip (${size.firstLoadBrotliKB} KB brotli, ${size.firstLoadRawKB} KB raw); budget ${size.budgetKB} KB gzip`,
  );
  mkdirSync(resolve(root, 'bench'), { recursive: true });
  writeFileSync(resolve(root, 'bench/web.json'), JSON.stringify({ ...size, at: new Date().toISOString() }, null, 2) + '\n');
  process.exit(size.firstLoadGzipKB <= size.budgetKB ? 0 : 1);
}
