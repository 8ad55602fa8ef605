import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { PinoNestLogger } from './nest-logger';
import { requestLogger } from './request-logger';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level, base: undefined }, stream), lines };
}

function fakeExchange(headers: Record<string, string>) {
  const sent: Record<string, string> = {};
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: sent,
    setHeader(name: string, value: string) {
      this.headers[name] = value;
    },
  });
  const req = { method: 'GET', originalUrl: '/api/firms?page=2', headers } as never;
  return { req, res };
}

describe('request logger', () => {
  it('writes one line per request with method, path, status and time, and never the headers', async () => {
    const { logger, lines } = capture();
    const { req, res } = fakeExchange({ authorization: 'Bearer SECRET', cookie: 'cm_refresh=SECRET' });
    requestLogger(logger, true)(req, res as never, () => undefined);
    res.statusCode = 201;
    res.emit('finish');
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    expect(lines[0].msg).toMatch(/^GET \/api\/firms\?page=2 201 \d+\.\d ms$/);
    expect(lines[0].reqId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(lines)).not.toContain('SECRET');
  });

  it("keeps a client's sane request id and replaces anything else", () => {
    const { logger } = capture();
    const kept = fakeExchange({ 'x-request-id': 'abc-123' });
    requestLogger(logger, false)(kept.req, kept.res as never, () => undefined);
    expect(kept.res.headers['x-request-id']).toBe('abc-123');
    const replaced = fakeExchange({ 'x-request-id': 'a b\nc'.repeat(30) });
    requestLogger(logger, false)(replaced.req, replaced.res as never, () => undefined);
    expect(replaced.res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs nothing when request lines are off or the level is above info', async () => {
    for (const [level, on] of [
      ['info', false],
      ['warn', true],
    ] as const) {
      const { logger, lines } = capture(level);
      const { req, res } = fakeExchange({});
      requestLogger(logger, on)(req, res as never, () => undefined);
      res.emit('finish');
      await new Promise((r) => setImmediate(r));
      expect(lines).toEqual([]);
    }
  });
});

describe('Nest logger on pino', () => {
  it("demotes Nest's start-up chatter to debug and keeps the context of other lines", async () => {
    const { logger, lines } = capture('info');
    const nest = new PinoNestLogger(logger);
    nest.log('Mapped {/api/firms, GET} route', 'RouterExplorer');
    nest.log('AppModule dependencies initialized', 'InstanceLoader');
    nest.log('Invitations: 1 expired', 'InvitationSweeperService');
    nest.error(new Error('boom'), 'Errors');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => [l.context, l.msg])).toEqual([
      ['InvitationSweeperService', 'Invitations: 1 expired'],
      ['Errors', 'boom'],
    ]);
    expect((lines[1].err as { stack: string }).stack).toContain('boom');
  });
});
