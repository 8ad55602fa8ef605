import { describe, expect, it } from 'vitest';
import { PasswordVersionCache } from './password-versions';

function setup(versions: Record<string, number | null>) {
  let now = 1_000_000;
  const loads: string[] = [];
  const cache = new PasswordVersionCache(
    (id) => {
      loads.push(id);
      return Promise.resolve(versions[id] ?? null);
    },
    30_000,
    () => now,
  );
  return { cache, loads, versions, tick: (ms: number) => (now += ms) };
}

describe('PasswordVersionCache', () => {
  it('asks the loader once per user and TTL, then again after it', async () => {
    const s = setup({ u1: 5 });
    expect(await s.cache.get('u1')).toBe(5);
    s.versions.u1 = 9; // changed by another instance
    s.tick(29_999);
    expect(await s.cache.get('u1')).toBe(5); // the documented window
    s.tick(1);
    expect(await s.cache.get('u1')).toBe(9);
    expect(s.loads).toEqual(['u1', 'u1']);
  });

  it('shares one load between concurrent misses and caches unknown users as null', async () => {
    const s = setup({ u1: 5 });
    expect(await Promise.all([s.cache.get('u1'), s.cache.get('u1'), s.cache.get('gone')])).toEqual([
      5,
      5,
      null,
    ]);
    expect(await s.cache.get('gone')).toBeNull();
    expect(s.loads).toEqual(['u1', 'gone']);
  });

  it('applies a change in this process at once, and a read that started before it does not undo it', async () => {
    const s = setup({ u1: 5 });
    const before = s.cache.get('u1'); // reads the old row...
    s.cache.changed('u1', 9); // ...while the change commits
    expect(await before).toBe(5);
    expect(await s.cache.get('u1')).toBe(9);
    expect(s.loads).toEqual(['u1']);
  });
});
