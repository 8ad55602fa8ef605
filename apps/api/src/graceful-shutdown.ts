import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
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
    // A request that began before the shutdown still tells its client to reconnect (elsewhere).
    const writeHead = res.writeHead.bind(res);
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      if (this.draining && !res.headersSent) res.setHeader('Connection', 'close');
      return writeHead(...args);
    }) as typeof res.writeHead;
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

  /**
   * Resolves true once no request has been in flight for `quietMs` (a request already on its way over
   * an open connection still gets its answer), or false after `timeoutMs`.
   */
  async drain(timeoutMs: number, quietMs = 250): Promise<boolean> {
    this.draining = true;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) return this.inFlight === 0;
      if (this.inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        const idle = new Promise<void>((resolve) => this.idle.push(resolve));
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
        await Promise.race([idle, timeout]);
        clearTimeout(timer);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, left)));
      if (this.inFlight === 0) return true;
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
  // net.Server's close, not http.Server's: stop listening but keep open connections for now. http's close
  // would also cut "idle" ones at once, among them connections whose request is still on its way.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  const drained = drain ? await drain.drain(timeoutMs) : true;
  const abandoned = drain?.active ?? 0;
  // Idle keep-alive sockets and, after the timeout, sockets still busy.
  server.closeAllConnections();
  await closed;
  await app.close();
  return { drained, abandoned, ms: Date.now() - started };
}
