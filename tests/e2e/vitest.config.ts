import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(__dirname, '../..');

// Runs the built product as separate processes: `npm run build` must have run first.
export default defineConfig({
  root,
  resolve: {
    alias: {
      '@app/database': resolve(root, 'libs/database/src'),
      '@app/config': resolve(root, 'libs/config/src'),
      '@app/demo-data': resolve(root, 'libs/demo-data/src/demo-accounts.ts'),
    },
  },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
