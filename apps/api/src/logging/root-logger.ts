import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Env } from '@app/config';

/** JSON lines in production and when piped; short readable lines on a developer's terminal. */
export function logFormat(env: Pick<Env, 'LOG_FORMAT' | 'NODE_ENV'>): 'pretty' | 'json' {
  if (env.LOG_FORMAT) return env.LOG_FORMAT;
  return env.NODE_ENV === 'development' && process.stdout.isTTY ? 'pretty' : 'json';
}

export function createRootLogger(env: Pick<Env, 'LOG_FORMAT' | 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  const options = { level: env.LOG_LEVEL, base: undefined };
  if (logFormat(env) === 'json') return pino(options);
  // Synchronous stream (no worker thread): lines keep their order relative to the start banner.
  const stream = pretty({
    colorize: true,
    sync: true,
    ignore: 'context,reqId,status,ms',
    messageFormat: '{if context}[{context}] {end}{msg}',
    translateTime: 'HH:MM:ss',
  });
  return pino(options, stream);
}
