import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const CLIENT_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives every request an id (the client's `x-request-id` when it is a sane token) and, when enabled,
 * writes one line when the response ends. Headers and bodies are never logged, so tokens and cookies
 * cannot leak; the path's query string is logged as the client sent it (token pages strip theirs first).
 */
export function requestLogger(logger: Logger, logRequests: boolean) {
  const enabled = logRequests && logger.isLevelEnabled('info');
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && CLIENT_ID.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', id);
    (req as Request & { id?: string }).id = id;
    if (enabled) {
      const start = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const level = res.statusCode >= 500 ? 'error' : 'info';
        logger[level](
          { reqId: id, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
          `${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)} ms`,
        );
      });
    }
    next();
  };
}
