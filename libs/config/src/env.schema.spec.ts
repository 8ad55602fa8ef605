import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env.schema';

describe('loadEnv', () => {
  it('applies defaults', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data/postgres');
    expect(env.DEMO_DATA).toBeUndefined();
  });

  it('parses booleans and numbers', () => {
    const env = loadEnv({ PORT: '8080', DEMO_DATA: 'true' });
    expect(env.PORT).toBe(8080);
    expect(env.DEMO_DATA).toBe(true);
  });

  it('fails fast naming each bad variable', () => {
    expect(() => loadEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect(e.message).toContain('PORT');
      expect(e.message).toContain('DATABASE_URL');
    }
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toHaveLength(32);
  });
});
