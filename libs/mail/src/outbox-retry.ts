import type { EmailStatus } from './email-outbox.entity';

export const MAX_EMAIL_ATTEMPTS = 5;
export const RETRY_BASE_MS = 30_000;

/** Wait before the next try after `attemptsBefore` earlier failed tries: 30 s, 60 s, 120 s, 240 s. */
export function retryDelayMs(attemptsBefore: number): number {
  return RETRY_BASE_MS * 2 ** attemptsBefore;
}

export interface FailedAttempt {
  status: Extract<EmailStatus, 'pending' | 'failed'>;
  attempts: number;
  /** From now until the next try (0 once failed: the row is never picked again). */
  delayMs: number;
}

/** Outcome of one failed send: rescheduled with backoff, or given up after MAX_EMAIL_ATTEMPTS tries. */
export function afterFailure(attemptsBefore: number): FailedAttempt {
  const attempts = attemptsBefore + 1;
  if (attempts >= MAX_EMAIL_ATTEMPTS) return { status: 'failed', attempts, delayMs: 0 };
  return { status: 'pending', attempts, delayMs: retryDelayMs(attemptsBefore) };
}
