/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Resolve everything relative to this folder so the config also works when it is
// loaded as a vitest project from the repository root.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Writes `<file>.br` and `<file>.gz` next to every text asset of the build, at maximum compression,
 * so the server sends them as they are (apps/api/src/web-static.ts) instead of compressing per request.
 * Small files and files that do not shrink are skipped. No plugin package: none declares vite 8.
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  let dir = outDir;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir); // --outDir on the command line wins
    },
    writeBundle() {
      for (const file of walk(dir)) {
        if (!/\.(js|mjs|css|html|svg|json|txt|webmanifest)$/.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  css: {
    postcss: root,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    // Maps are written for error tracking but not referenced from the bundles, and the server never
    // serves them (apps/api/src/web-static.ts answers 404 for *.map).
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, so app releases don't bust the framework cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // No catch-all vendor group: libraries used only by lazy pages (recharts on the staff
            // dashboard) stay in those pages' chunks instead of being preloaded for everyone.
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    root,
    environment: 'happy-dom',
    // Same-origin base so relative `/api/...` requests resolve like in the browser.
    environmentOptions: { happyDOM: { url: 'http://localhost:5173' } },
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
