import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_EMAIL_ATTEMPTS, retryDelayMs } from './outbox-retry';

describe('outbox retry policy', () => {
  it('doubles the wait from 30 seconds', () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('reschedules the first four failures and gives up on the fifth', () => {
    expect(afterFailure(0)).toEqual({ status: 'pending', attempts: 1, delayMs: 30_000 });
    expect(afterFailure(3)).toEqual({ status: 'pending', attempts: 4, delayMs: 240_000 });
    expect(afterFailure(MAX_EMAIL_ATTEMPTS - 1)).toEqual({ status: 'failed', attempts: 5, delayMs: 0 });
    expect(MAX_EMAIL_ATTEMPTS).toBe(5);
  });
});
