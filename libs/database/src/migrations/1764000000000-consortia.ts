import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consortia, their members (invitations), the append-only event log and staff decisions. */
export class Consortia1764000000000 implements MigrationInterface {
  name = 'Consortia1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consortia (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL CONSTRAINT fk_consortia_project REFERENCES projects(id) ON DELETE RESTRICT,
        lead_firm_id uuid NOT NULL CONSTRAINT fk_consortia_lead_firm REFERENCES firms(id) ON DELETE RESTRICT,
        name text NOT NULL CONSTRAINT ck_consortia_name CHECK (length(name) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_consortia_status CHECK (status IN
          ('draft','inviting','ready','submitted','under_review','approved','rejected','changes_requested','withdrawn')),
        version int NOT NULL DEFAULT 1,
        outcome text CONSTRAINT ck_consortia_outcome CHECK (outcome IN ('selected','not_selected','contract_signed')),
        outcome_date date,
        created_by_id uuid CONSTRAINT fk_consortia_created_by REFERENCES users(id) ON DELETE SET NULL,
        submitted_at timestamptz,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_consortia_outcome_date CHECK ((outcome IS NULL) = (outcome_date IS NULL)),
        CONSTRAINT ck_consortia_outcome_approved CHECK (outcome IS NULL OR status = 'approved')
      )`);
    await q.query(`CREATE INDEX ix_consortia_status ON consortia (status)`);
    await q.query(`CREATE INDEX ix_consortia_project_id ON consortia (project_id)`);
    await q.query(`CREATE INDEX ix_consortia_lead_firm_id ON consortia (lead_firm_id)`);

    await q.query(`
      CREATE TABLE consortium_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL CONSTRAINT fk_consortium_members_consortium REFERENCES consortia(id) ON DELETE CASCADE,
        project_id uuid NOT NULL CONSTRAINT fk_consortium_members_project REFERENCES projects(id) ON DELETE RESTRICT,
        firm_id uuid NOT NULL CONSTRAINT fk_consortium_members_firm REFERENCES firms(id) ON DELETE RESTRICT,
        role text NOT NULL,
        status text NOT NULL CONSTRAINT ck_consortium_members_status CHECK (status IN
          ('invited','accepted','declined','removed','expired','withdrawn')),
        message text,
        invited_by_id uuid CONSTRAINT fk_consortium_members_invited_by REFERENCES users(id) ON DELETE SET NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        responded_at timestamptz,
        decline_reason text CONSTRAINT ck_consortium_members_decline_reason CHECK (decline_reason IN
          ('no_capacity','not_our_field','conflict_of_interest','terms','other')),
        decline_note text,
        reminder_sent_at timestamptz,
        CONSTRAINT ck_consortium_members_declined CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
      )`);
    // One live seat per firm per project, enforced by the database so concurrent invitations cannot both win.
    await q.query(`
      CREATE UNIQUE INDEX ux_consortium_members_project_firm ON consortium_members (project_id, firm_id)
        WHERE status IN ('invited','accepted')`);
    await q.query(`CREATE INDEX ix_consortium_members_consortium_id ON consortium_members (consortium_id)`);
    await q.query(`CREATE INDEX ix_consortium_members_firm_id ON consortium_members (firm_id)`);
    // The sweeper scans pending invitations by expiry.
    await q.query(
      `CREATE INDEX ix_consortium_members_pending_expiry ON consortium_members (expires_at) WHERE status = 'invited'`,
    );

    await q.query(`
      CREATE TABLE consortium_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL CONSTRAINT fk_consortium_events_consortium REFERENCES consortia(id) ON DELETE CASCADE,
        actor_id uuid CONSTRAINT fk_consortium_events_actor REFERENCES users(id) ON DELETE SET NULL,
        type text NOT NULL,
        from_status text,
        to_status text,
        reason text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX ix_consortium_events_consortium_created ON consortium_events (consortium_id, created_at, id)`,
    );

    await q.query(`
      CREATE TABLE consortium_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL CONSTRAINT fk_consortium_decisions_consortium REFERENCES consortia(id) ON DELETE CASCADE,
        decided_by_id uuid CONSTRAINT fk_consortium_decisions_decided_by REFERENCES users(id) ON DELETE SET NULL,
        decision text NOT NULL CONSTRAINT ck_consortium_decisions_decision CHECK (decision IN ('approved','rejected','changes_requested')),
        reason text NOT NULL,
        checklist jsonb NOT NULL,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_consortium_decisions_consortium_id ON consortium_decisions (consortium_id, created_at)`,
    );

    // The audit trail and the decisions are append-only: an UPDATE is a bug, so the database refuses it.
    await q.query(`
      CREATE FUNCTION forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_consortium_events_append_only BEFORE UPDATE ON consortium_events FOR EACH ROW EXECUTE FUNCTION forbid_update()`,
    );
    await q.query(
      `CREATE TRIGGER tr_consortium_decisions_append_only BEFORE UPDATE ON consortium_decisions FOR EACH ROW EXECUTE FUNCTION forbid_update()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_decisions`);
    await q.query(`DROP TABLE consortium_events`);
    await q.query(`DROP TABLE consortium_members`);
    await q.query(`DROP TABLE consortia`);
    await q.query(`DROP FUNCTION forbid_update()`);
  }
}
