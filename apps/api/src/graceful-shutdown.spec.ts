import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestDrain } from './graceful-shutdown';

describe('RequestDrain', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });

  async function serve(drain: RequestDrain) {
    const app = express();
    app.use(drain.middleware);
    app.get('/slow', (_req, res) => void setTimeout(() => res.json({ ok: true }), 300));
    app.get('/api/health/ready', (_req, res) => void res.json({ status: 'ok' }));
    server = createServer(app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('waits for requests in flight, then reports drained; readiness answers 503 meanwhile', async () => {
    const drain = new RequestDrain();
    const url = await serve(drain);
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    const slow = fetch(`${url}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    expect(drain.active).toBe(1);
    const t0 = Date.now();
    const drained = drain.drain(5000, 50);
    const ready = await fetch(`${url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('connection')).toBe('close');
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('connection')).toBe('close');
    expect(await drained).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    expect(drain.active).toBe(0);
  });

  it('gives up after the timeout when a request is still running', async () => {
    const drain = new RequestDrain();
    const url = await serve(drain);
    const slow = fetch(`${url}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    expect(await drain.drain(100, 10)).toBe(false);
    expect((await slow).status).toBe(200);
  });
});
