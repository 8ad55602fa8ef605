import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppConfig } from '@app/config';
import { installDrain } from './graceful-shutdown';
import { HttpExceptionFilter } from './http-exception.filter';
import { verifyJsonDepth } from './json-depth';
import { requestLogger } from './logging/request-logger';
import { validationPipe } from './validation';
import { webStatic } from './web-static';

export const API_PREFIX = 'api';

/** Web pages opened from e-mailed links; their `?token=` is read by the browser, never by the server. */
const TOKEN_PAGES = /^\/(set-password|reset-password|verify-email|claim)\?/;

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Consortium Match API')
    .setDescription('Matching Korean smart-city firms into consortia for overseas projects')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Everything main.ts, the tests and the OpenAPI script share. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.env.TRUST_PROXY);
  // First: counts requests in flight for a graceful shutdown (graceful-shutdown.ts).
  installDrain(app);
  // Registered before the request logger: one-time tokens must not reach the logs.
  app.use((req: Request, _res: Response, next: NextFunction) => {
    if (TOKEN_PAGES.test(req.url)) req.url = req.originalUrl = req.url.slice(0, req.url.indexOf('?'));
    next();
  });
  app.use(requestLogger(logger, config.env.LOG_REQUESTS));
  // Nest's types omit body-parser's `verify`, which express.json still honours.
  const depthCheck: object = { verify: verifyJsonDepth };
  app.useBodyParser('json', { limit: '1mb', ...depthCheck });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  const production = config.env.NODE_ENV === 'production';
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"], // Mantine injects CSS variables at run time
          imgSrc: ["'self'", 'data:'],
          // Plain-http local runs must not be upgraded to https.
          upgradeInsecureRequests: production ? [] : null,
        },
      },
      strictTransportSecurity: production,
    }),
  );
  // The web app (precompressed files, cache headers) before the API; API answers of 1 KB or more
  // are compressed on the fly (brotli or gzip, as the client accepts).
  const webDist = resolve(config.env.WEB_DIST);
  if (existsSync(resolve(webDist, 'index.html'))) app.use(webStatic(webDist));
  app.use(compression({ threshold: 1024 }));
  app.use(cookieParser());
  const origins = config.env.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length) app.enableCors({ origin: origins, credentials: true });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApi(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}
