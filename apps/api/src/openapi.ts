import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadEnv } from '@app/config';
import { AppModule } from './app.module';
import { API_PREFIX, buildOpenApi } from './configure-app';

/** Builds the spec in preview mode: no provider is instantiated, so no database is needed. */
export async function generateOpenApi(): Promise<string> {
  const env = loadEnv({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const config = {
    env,
    databaseUrl: 'postgres://openapi@127.0.0.1:1/none',
    jwtSecret: 'x'.repeat(32),
    embedded: false,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: false,
    preview: true,
  });
  app.setGlobalPrefix(API_PREFIX);
  const doc = buildOpenApi(app);
  await app.close();
  return JSON.stringify(doc, null, 2) + '\n';
}
