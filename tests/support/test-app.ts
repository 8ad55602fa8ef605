import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadEnv, type AppConfig } from '@app/config';
import { createApp } from '../../apps/api/src/boot';
import { cloneTemplate } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface TestAppOptions {
  /** Runs on the database before the app initialises, like the demo seed in main.ts (bootstrap hooks then see the data). */
  beforeInit?: (db: DataSource) => Promise<unknown>;
}

/** The real app, in process, on its own fresh copy of the migrated database. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await cloneTemplate(inject('testDatabase'));
  const config: AppConfig = {
    env: loadEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      MAIL_POLL_MS: '0',
      // Test files sign up and match far more than people do from one address; the limit tests lower these.
      SIGNUP_RATE_LIMIT: '100000',
      MATCHING_RATE_LIMIT: '100000',
      ...env,
    }),
    databaseUrl: database.url,
    jwtSecret: TEST_JWT_SECRET,
    embedded: false,
  };
  const app = await createApp(config);
  await options.beforeInit?.(app.get(DataSource));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
