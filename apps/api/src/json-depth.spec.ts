import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH, verifyJsonDepth } from './json-depth';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('jsonDepth', () => {
  it('counts object and array nesting, not brackets inside strings (escaped quotes included)', () => {
    expect(jsonDepth(b('1'))).toBe(0);
    expect(jsonDepth(b('{"a":[1,{"b":[]}]}'))).toBe(4);
    expect(jsonDepth(b('{"a":"[[[{{{","b":"\\"[[[["}'))).toBe(1);
    expect(jsonDepth(b('[[],[[]],[]]'))).toBe(3);
  });

  it('lets MAX_JSON_DEPTH levels through and refuses one more with status 400', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(() => verifyJsonDepth(null, null, b(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => verifyJsonDepth(null, null, b(nested(MAX_JSON_DEPTH + 1)))).toThrow(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => verifyJsonDepth(null, null, b(nested(100_000)))).toThrow(/nested too deeply/);
  });
});
