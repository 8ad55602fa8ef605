import { Client } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { freePort } from '@app/database';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection from the real driver', async () => {
    const client = new Client({
      host: '127.0.0.1',
      port: await freePort(),
      user: 'x',
      database: 'x',
      connectionTimeoutMillis: 2000,
    });
    const error = await client.connect().then(
      () => null,
      (e) => e,
    );
    expect(error).toBeTruthy();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises server-side shutdown, refused databases and pool timeouts', () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
          severity: 'FATAL',
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('database "x" is not currently accepting connections'), {
          code: '55000',
          severity: 'FATAL',
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    const wrapped = new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('Connection terminated unexpectedly'), {}),
    );
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves query errors of a healthy database alone', () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('duplicate key value'), { code: '23505', severity: 'ERROR' }),
      ),
    ).toBe(false);
    expect(
      isDatabaseUnavailable(
        new QueryFailedError(
          'SELECT',
          [],
          Object.assign(new Error('syntax error'), { code: '42601', severity: 'ERROR' }),
        ),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error('Something else'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
