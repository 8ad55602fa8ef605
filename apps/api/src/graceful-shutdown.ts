import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Counts requests in flight and, once a shutdown has begun, answers readiness probes with 503 (so a
 * proxy or orchestrator stops sending traffic) and asks keep-alive clients to reconnect elsewhere
 * (`Connection: close` on every answer still given). Registered first by configureApp.
 */
export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private idle: (() => void)[] = [];

  readonly middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
      if (/^\/api\/health(\/ready)?\/?(\?|$)/.test(req.url)) {
        res.status(503).json({ status: 'error', message: 'Shutting down' });
        return;
      }
    }
    this.inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (--this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };

  get active(): number {
    return this.inFlight;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Resolves when no request is in flight, or after `timeoutMs` (false then). */
  async drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.inFlight === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<boolean>((resolve) => this.idle.push(() => resolve(true)));
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([idle, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const drains = new WeakMap<object, RequestDrain>();

/** The drain of an app configured by configureApp. */
export function installDrain(app: INestApplication): RequestDrain {
  const drain = new RequestDrain();
  drains.set(app, drain);
  app.use(drain.middleware);
  return drain;
}

export interface ShutdownReport {
  drained: boolean;
  abandoned: number;
  ms: number;
}

/**
 * SIGTERM path: stop accepting connections (the listening socket closes at once, so a proxy's next
 * connect goes to another instance), let requests in flight finish for up to `timeoutMs`, cut what is
 * left, then close the app: the background workers stop in their shutdown hooks (outbox finishes its
 * batch, sweeper and match index settle) before TypeORM closes its pool.
 */
export async function shutdownGracefully(app: INestApplication, timeoutMs: number): Promise<ShutdownReport> {
  const started = Date.now();
  const server = app.getHttpServer() as Server;
  const drain = drains.get(app);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const drained = drain ? await drain.drain(timeoutMs) : true;
  const abandoned = drain?.active ?? 0;
  // Idle keep-alive sockets and, after the timeout, sockets still busy.
  server.closeAllConnections();
  await closed;
  await app.close();
  return { drained, abandoned, ms: Date.now() - started };
}
