import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadEnv, resolveJwtSecret, type AppConfig, type Env } from '@app/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { resolveDatabase, type ResolvedDatabase } from './database';
import { createRootLogger } from './logging/root-logger';
import { PinoNestLogger } from './logging/nest-logger';

/** Builds the configured (not yet listening) Nest app for a database URL. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createRootLogger(config.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  configureApp(app, config, logger);
  return app;
}

/** Env + database for the launcher and the CLI scripts. */
export async function bootstrapConfig(
  envSource: NodeJS.ProcessEnv = process.env,
): Promise<{ config: AppConfig; db: ResolvedDatabase }> {
  const env: Env = loadEnv(envSource);
  const db = await resolveDatabase(
    env,
    env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace'
      ? (m) => process.stderr.write(`[postgres] ${m}`)
      : undefined,
  );
  return {
    config: { env, databaseUrl: db.url, jwtSecret: resolveJwtSecret(env), embedded: db.embedded },
    db,
  };
}
