import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const libs = [
  'common',
  'config',
  'database',
  'mail',
  'auth',
  'accounts',
  'firms',
  'demo-data',
  'taxonomy',
  'projects',
  'programs',
  'matching',
  'matching-api',
  'notifications',
  'consortia',
  'dashboard',
  'messaging',
  'partner-requests',
];
// Exact names only: another lib is imported through its index, never `@app/<lib>/<file>`.
const alias = libs.map((lib) => ({
  find: new RegExp(`^@app/${lib}$`),
  replacement: resolve(__dirname, `libs/${lib}/src/index.ts`),
}));

// unplugin-swc keeps decorator metadata, which Nest DI, TypeORM and class-validator need.
const server = {
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...server,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['libs/**/*.spec.ts', 'apps/api/**/*.spec.ts', 'tests/eval/**/*.spec.ts'],
          testTimeout: 30_000,
        },
      },
      {
        ...server,
        test: {
          name: 'api',
          environment: 'node',
          include: ['tests/api/**/*.spec.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vite.config.ts',
    ],
  },
});
