import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { jwtKey } from './jwt-key';

const config = { jwtSecret: 'a-secret-that-is-at-least-32-characters-long-ü' };

describe('jwtKey', () => {
  it('is one secret KeyObject per config', () => {
    const key = jwtKey(config);
    expect(key.type).toBe('secret');
    expect(jwtKey(config)).toBe(key);
  });

  it('signs and verifies HS256 tokens interchangeably with the plain string secret', () => {
    const key = jwtKey(config);
    const byKey = jwt.sign({ sub: 'u1' }, key, { algorithm: 'HS256' });
    const byString = jwt.sign({ sub: 'u1' }, config.jwtSecret, { algorithm: 'HS256' });
    expect(jwt.verify(byKey, config.jwtSecret, { algorithms: ['HS256'] })).toMatchObject({ sub: 'u1' });
    expect(jwt.verify(byString, key, { algorithms: ['HS256'] })).toMatchObject({ sub: 'u1' });
    expect(() => jwt.verify(byKey, jwtKey({ jwtSecret: 'another-secret-of-32-characters-or-more' }))).toThrow(
      /invalid signature/,
    );
  });

  it('verifies faster than the string secret (no createPublicKey attempt)', () => {
    const key = jwtKey(config);
    const token = jwt.sign({ sub: 'u1' }, key, { algorithm: 'HS256' });
    const time = (secret: typeof key | string) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 100; i++) jwt.verify(token, secret, { algorithms: ['HS256'] });
      return Number(process.hrtime.bigint() - start);
    };
    time(key);
    time(config.jwtSecret);
    expect(time(key)).toBeLessThan(time(config.jwtSecret));
  });
});
