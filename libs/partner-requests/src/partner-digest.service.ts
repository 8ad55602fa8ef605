import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { formatEmail, queueEmails } from '@app/mail';

const BATCH = 500;

/**
 * The e-mail digest of partner requests that fit a firm: one e-mail per user listing the requests found
 * since the last digest. Rows are claimed with FOR UPDATE SKIP LOCKED and marked sent in the same
 * transaction that queues the e-mails, so several instances running it at once send each digest line once.
 */
@Injectable()
export class PartnerDigestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PartnerDigestService.name);
  private timer?: NodeJS.Timeout;
  private readonly baseUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.baseUrl = config.env.PUBLIC_URL ?? `http://localhost:${config.env.PORT}`;
  }

  onApplicationBootstrap(): void {
    const every = this.config.env.PARTNER_DIGEST_INTERVAL_MS;
    if (every > 0) {
      this.timer = setInterval(
        () =>
          void this.run().catch((e: Error) =>
            this.logger.error(`Partner digest failed: ${e.message}`, e.stack),
          ),
        every,
      );
      this.timer.unref();
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One pass; returns the number of e-mails queued. */
  async run(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      // A SELECT on top: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      const claimed = await tx.query<{ firm_id: string; request_id: string }[]>(
        `WITH due AS (
           SELECT request_id, firm_id FROM partner_request_matches WHERE digest_sent_at IS NULL
           ORDER BY created_at, request_id, firm_id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED),
         sent AS (UPDATE partner_request_matches m SET digest_sent_at = now() FROM due
           WHERE m.request_id = due.request_id AND m.firm_id = due.firm_id
           RETURNING m.firm_id, m.request_id)
         SELECT firm_id, request_id FROM sent`,
      );
      if (!claimed.length) return 0;
      // Still open requests only; closed or expired ones are marked sent without an e-mail.
      const lines = await tx.query<{ email: string; titles: string[]; ids: string[] }[]>(
        `SELECT u.email, array_agg(r.title ORDER BY r.created_at) AS titles, array_agg(r.id::text ORDER BY r.created_at) AS ids
         FROM unnest($1::uuid[], $2::uuid[]) AS c(firm_id, request_id)
         JOIN partner_requests r ON r.id = c.request_id AND r.status = 'open' AND r.expires_at > now()
         JOIN users u ON u.firm_id = c.firm_id
         GROUP BY u.email ORDER BY u.email`,
        [claimed.map((c) => c.firm_id), claimed.map((c) => c.request_id)],
      );
      await queueEmails(
        tx,
        lines.map((l) => {
          const list = l.titles.map((t) => `• ${t}`).join('\n');
          const mail = formatEmail(
            {
              title: {
                en: `${l.titles.length} partner request(s) fit your firm`,
                ko: `귀사에 맞는 파트너 요청 ${l.titles.length}건`,
              },
              body: { en: list, ko: list },
              link: '/partner-requests?fitsMe=true',
            },
            this.baseUrl,
          );
          return { to: l.email, subject: mail.subject, text: mail.text, html: mail.html };
        }),
      );
      return lines.length;
    });
  }
}
