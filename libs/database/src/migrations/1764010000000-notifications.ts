import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications and the e-mail outbox (rows written in the producer's transaction, sent after commit). */
export class Notifications1764010000000 implements MigrationInterface {
  name = 'Notifications1764010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_notifications_user REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        title_en text NOT NULL,
        title_ko text NOT NULL,
        body_en text NOT NULL,
        body_ko text NOT NULL,
        link text,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at DESC, id DESC)`,
    );
    // The badge count and the "unread" filter touch only unread rows.
    await q.query(
      `CREATE INDEX ix_notifications_user_unread ON notifications (user_id, created_at DESC) WHERE read_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_email_outbox_status CHECK (status IN ('pending','sending','sent','failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_email_outbox_status_next_attempt ON email_outbox (status, next_attempt_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
    await q.query(`DROP TABLE notifications`);
  }
}
