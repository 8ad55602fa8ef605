import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches and their once-per-project matches (alerts, weekly digest); user settings (language,
 * notification e-mails); user deactivation and
 * the admin audit log (role changes, deactivations, staff accounts, session revocations).
 */
export class SavedSearchesAdmin1796414557901 implements MigrationInterface {
  name = 'SavedSearchesAdmin1796414557901';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL,
        filters jsonb NOT NULL DEFAULT '{}'::jsonb,
        notify text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_saved_searches_kind CHECK (kind IN ('projects','firms')),
        CONSTRAINT ck_saved_searches_notify CHECK (notify IN ('none','in_app','email_immediate','email_weekly')),
        CONSTRAINT ck_saved_searches_firm_notify CHECK (kind = 'projects' OR notify = 'none')
      )`);
    await q.query(`CREATE INDEX ix_saved_searches_user_id ON saved_searches (user_id)`);
    await q.query(`CREATE INDEX ix_saved_searches_alerts ON saved_searches (kind) WHERE notify <> 'none'`);
    await q.query(`
      CREATE TABLE saved_search_matches (
        saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        matched_at timestamptz NOT NULL DEFAULT now(),
        digest_sent_at timestamptz,
        PRIMARY KEY (saved_search_id, project_id)
      )`);
    await q.query(
      `CREATE INDEX ix_saved_search_matches_digest ON saved_search_matches (matched_at) WHERE digest_sent_at IS NULL`,
    );
    await q.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
    await q.query(`
      ALTER TABLE users
        ADD COLUMN locale text NOT NULL DEFAULT 'ko' CONSTRAINT ck_users_locale CHECK (locale IN ('ko','en')),
        ADD COLUMN email_notifications boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE admin_audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        target_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_admin_audit_events_action CHECK (action IN
          ('staff_created','role_changed','user_deactivated','user_reactivated','sessions_revoked'))
      )`);
    await q.query(
      `CREATE INDEX ix_admin_audit_events_created_at ON admin_audit_events (created_at DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_audit_events`);
    await q.query(`ALTER TABLE users DROP COLUMN email_notifications, DROP COLUMN locale`);
    await q.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
    await q.query(`DROP TABLE saved_search_matches`);
    await q.query(`DROP TABLE saved_searches`);
  }
}
