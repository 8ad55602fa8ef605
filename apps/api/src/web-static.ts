import { createReadStream, existsSync, statSync, type Stats } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite's content-hashed file names under assets/: a new build gives a new name, so they never change. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and the SPA fallback) is revalidated on every load: it names the current hashed assets. */
const REVALIDATE = 'no-cache';

interface Variant {
  path: string;
  stat: Stats;
  encoding?: 'br' | 'gzip';
}

function fileStat(path: string): Stats | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

/** Accept-Encoding → whether `coding` is acceptable (q > 0). */
function accepts(header: string, coding: string): boolean {
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name !== coding && name !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Serves the built web app (WEB_DIST) in front of the API: precompressed `.br`/`.gz` siblings (written
 * by the build, apps/web/vite.config.ts) with `Content-Encoding` and `Vary: Accept-Encoding`, hashed assets
 * as immutable for a year, index.html and the SPA fallback as `no-cache` with an ETag (304 on revalidation).
 * Source maps and the compressed siblings themselves are never served. `/api` is left to the API.
 */
export function webStatic(dist: string): RequestHandler {
  const root = resolve(dist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`no index.html in ${root}`);
  const variants = new Map<string, Variant[]>(); // files don't change while the process runs

  const lookup = (path: string): Variant[] => {
    let found = variants.get(path);
    if (!found) {
      found = [];
      const stat = fileStat(path);
      if (stat) {
        const br = fileStat(`${path}.br`);
        const gz = fileStat(`${path}.gz`);
        if (br) found.push({ path: `${path}.br`, stat: br, encoding: 'br' });
        if (gz) found.push({ path: `${path}.gz`, stat: gz, encoding: 'gzip' });
        found.push({ path, stat });
      }
      if (variants.size < 10_000) variants.set(path, found);
    }
    return found;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = req.path;
    if (url === '/api' || url.startsWith('/api/')) return next();
    let decoded: string;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      return res.status(400).end();
    }
    const ext = extname(decoded).toLowerCase();
    if (ext === '.map' || ext === '.br' || ext === '.gz' || decoded.includes('\0')) {
      return res.status(404).type('text/plain').send('Not Found');
    }
    const candidate = normalize(join(root, decoded));
    const inside = candidate === root || candidate.startsWith(root + sep);
    let file = inside && candidate !== root ? candidate : index;
    let found = lookup(file);
    if (!found.length) {
      // A missing file with an extension is a 404 (an old asset after a deploy must not get HTML);
      // anything else is a client-side route: the app's index.html.
      if (ext && ext !== '.html') return res.status(404).type('text/plain').send('Not Found');
      file = index;
      found = lookup(index);
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const chosen = found.find((v) => !v.encoding || accepts(accept, v.encoding))!;
    const isIndex = file === index;
    res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', !isIndex && HASHED.test(url) ? IMMUTABLE : REVALIDATE);
    if (found.length > 1) res.setHeader('Vary', 'Accept-Encoding');
    const etag = `W/"${chosen.stat.size.toString(36)}-${chosen.stat.mtimeMs.toString(36)}${chosen.encoding ? `-${chosen.encoding}` : ''}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', chosen.stat.mtime.toUTCString());
    if (chosen.encoding) res.setHeader('Content-Encoding', chosen.encoding);
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim() === etag)) return res.status(304).end();
    res.setHeader('Content-Length', String(chosen.stat.size));
    if (req.method === 'HEAD') return res.status(200).end();
    res.status(200);
    const stream = createReadStream(chosen.path);
    stream.on('error', (e) => (res.headersSent ? res.destroy(e) : next(e)));
    stream.pipe(res);
  };
}
