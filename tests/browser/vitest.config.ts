import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end journey against the real server (`npm run build` first).
// Run from the repository root: npx vitest run --config tests/browser/vitest.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One server + one browser for the whole file; tests in it run in order.
    sequence: { concurrent: false },
  },
});
