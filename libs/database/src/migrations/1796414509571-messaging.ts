import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consortium and direct message threads, read markers, contact requests, blocks and abuse reports. */
export class Messaging1796414509571 implements MigrationInterface {
  name = 'Messaging1796414509571';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE message_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT ck_message_threads_kind CHECK (kind IN ('consortium','direct')),
        consortium_id uuid CONSTRAINT fk_message_threads_consortium REFERENCES consortia(id) ON DELETE CASCADE,
        firm_a_id uuid CONSTRAINT fk_message_threads_firm_a REFERENCES firms(id) ON DELETE CASCADE,
        firm_b_id uuid CONSTRAINT fk_message_threads_firm_b REFERENCES firms(id) ON DELETE CASCADE,
        project_id uuid CONSTRAINT fk_message_threads_project REFERENCES projects(id) ON DELETE SET NULL,
        last_message_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_message_threads_shape CHECK (
          (kind = 'consortium' AND consortium_id IS NOT NULL AND firm_a_id IS NULL AND firm_b_id IS NULL) OR
          (kind = 'direct' AND consortium_id IS NULL AND firm_a_id IS NOT NULL AND firm_b_id IS NOT NULL
            AND firm_a_id < firm_b_id))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_message_threads_consortium ON message_threads (consortium_id) WHERE consortium_id IS NOT NULL`,
    );
    // One direct thread per pair of firms and project (or none): accepting twice reuses it.
    await q.query(
      `CREATE UNIQUE INDEX ux_message_threads_direct ON message_threads (firm_a_id, firm_b_id, project_id) NULLS NOT DISTINCT WHERE kind = 'direct'`,
    );
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL CONSTRAINT fk_messages_thread REFERENCES message_threads(id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL CONSTRAINT fk_messages_author REFERENCES users(id) ON DELETE CASCADE,
        author_firm_id uuid CONSTRAINT fk_messages_author_firm REFERENCES firms(id) ON DELETE SET NULL,
        body text NOT NULL,
        client_id uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_messages_thread_created ON messages (thread_id, created_at)`);
    await q.query(
      `CREATE UNIQUE INDEX ux_messages_client_id ON messages (author_user_id, client_id) WHERE client_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE thread_reads (
        thread_id uuid NOT NULL CONSTRAINT fk_thread_reads_thread REFERENCES message_threads(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_thread_reads_user REFERENCES users(id) ON DELETE CASCADE,
        last_read_at timestamptz NOT NULL,
        PRIMARY KEY (thread_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE contact_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_firm_id uuid NOT NULL CONSTRAINT fk_contact_requests_from REFERENCES firms(id) ON DELETE CASCADE,
        to_firm_id uuid NOT NULL CONSTRAINT fk_contact_requests_to REFERENCES firms(id) ON DELETE CASCADE,
        project_id uuid CONSTRAINT fk_contact_requests_project REFERENCES projects(id) ON DELETE SET NULL,
        message text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_contact_requests_status CHECK (status IN ('pending','accepted','declined')),
        created_by_id uuid NOT NULL CONSTRAINT fk_contact_requests_creator REFERENCES users(id) ON DELETE CASCADE,
        responded_by_id uuid CONSTRAINT fk_contact_requests_responder REFERENCES users(id) ON DELETE SET NULL,
        responded_at timestamptz,
        thread_id uuid CONSTRAINT fk_contact_requests_thread REFERENCES message_threads(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_contact_requests_not_self CHECK (from_firm_id <> to_firm_id)
      )`);
    await q.query(`CREATE INDEX ix_contact_requests_to ON contact_requests (to_firm_id, created_at)`);
    await q.query(`CREATE INDEX ix_contact_requests_from ON contact_requests (from_firm_id, created_at)`);
    // A second request while one is pending is a duplicate (409), also under concurrent POSTs.
    await q.query(
      `CREATE UNIQUE INDEX ux_contact_requests_pending ON contact_requests (from_firm_id, to_firm_id, project_id) NULLS NOT DISTINCT WHERE status = 'pending'`,
    );
    await q.query(`
      CREATE TABLE firm_blocks (
        firm_id uuid NOT NULL CONSTRAINT fk_firm_blocks_firm REFERENCES firms(id) ON DELETE CASCADE,
        blocked_firm_id uuid NOT NULL CONSTRAINT fk_firm_blocks_blocked REFERENCES firms(id) ON DELETE CASCADE,
        created_by_id uuid NOT NULL CONSTRAINT fk_firm_blocks_creator REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (firm_id, blocked_firm_id)
      )`);
    await q.query(`
      CREATE TABLE message_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL CONSTRAINT fk_message_reports_message REFERENCES messages(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL CONSTRAINT fk_message_reports_reporter REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ux_message_reports_message_reporter UNIQUE (message_id, reporter_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'message_reports',
      'firm_blocks',
      'contact_requests',
      'thread_reads',
      'messages',
      'message_threads',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
