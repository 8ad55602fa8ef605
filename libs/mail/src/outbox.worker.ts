import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MAILER, type Mailer } from './mailer';
import { afterFailure } from './outbox-retry';

export const OUTBOX_BATCH = 20;
/** A row stays claimed this long; if the process dies mid-send, the row is picked up again after it. */
const CLAIM_LEASE = `interval '10 minutes'`;
const MAX_ERROR_LENGTH = 2000;

interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
  created_at: Date;
}

/**
 * Sends the e-mail outbox after the producing transactions committed. Several app instances can
 * run it at once: claiming uses FOR UPDATE SKIP LOCKED, so each row is sent by one of them.
 * MAIL_POLL_MS=0 turns the timer off (tests call drain() themselves).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly pollMs: number;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pollMs = config.env.MAIL_POLL_MS;
  }

  onApplicationBootstrap(): void {
    if (this.pollMs > 0) this.schedule();
  }

  /** Before TypeORM closes the pool (onApplicationShutdown): stop polling and let the batch finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current.catch(() => undefined);
  }

  /** Sends every due e-mail, batch by batch; returns how many were sent. Send errors are recorded, never thrown. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return sent;
      for (const email of batch) if (await this.deliver(email)) sent++;
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.current = this.drain()
        .catch((e: Error) => this.logger.error(`Outbox poll failed: ${e.message}`))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.pollMs);
    this.timer.unref();
  }

  private async claim(): Promise<ClaimedEmail[]> {
    const [rows] = await this.dataSource.query<[ClaimedEmail[], number]>(
      `UPDATE email_outbox SET status = 'sending', next_attempt_at = now() + ${CLAIM_LEASE}
        WHERE id IN (
          SELECT id FROM email_outbox
           WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
           ORDER BY created_at, id
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, text_body, html_body, attempts, created_at`,
      [OUTBOX_BATCH],
    );
    return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
  }

  private async deliver(email: ClaimedEmail): Promise<boolean> {
    try {
      await this.mailer.send({
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        html: email.html_body ?? undefined,
      });
    } catch (e) {
      const next = afterFailure(email.attempts);
      const message = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_LENGTH);
      this.logger.warn(
        `E-mail ${email.id} attempt ${next.attempts} failed (${next.status === 'failed' ? 'giving up' : 'will retry'}): ${message}`,
      );
      await this.dataSource.query(
        `UPDATE email_outbox SET status = $2, attempts = $3, next_attempt_at = now() + $4 * interval '1 millisecond', last_error = $5 WHERE id = $1`,
        [email.id, next.status, next.attempts, next.delayMs, message],
      );
      return false;
    }
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`,
      [email.id],
    );
    return true;
  }
}
