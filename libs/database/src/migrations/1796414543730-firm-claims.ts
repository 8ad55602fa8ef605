import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claiming firm profiles that are not yet on the platform: the e-mailed invitation (hashed one-time
 * token), the claim staff decide, and an append-only audit trail of every step.
 */
export class FirmClaims1796414543730 implements MigrationInterface {
  name = 'FirmClaims1796414543730';

  async up(q: QueryRunner): Promise<void> {
    // A claimant has an account but no firm until staff approve the claim.
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_role`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT ck_users_role CHECK (role IN ('firm_member','firm_admin','staff','admin','claimant'))`,
    );
    await q.query(`
      CREATE TABLE firm_claim_invites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_firm_claim_invites_firm REFERENCES firms(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL CONSTRAINT ux_firm_claim_invites_token_hash UNIQUE,
        consortium_id uuid CONSTRAINT fk_firm_claim_invites_consortium REFERENCES consortia(id) ON DELETE SET NULL,
        member_id uuid CONSTRAINT fk_firm_claim_invites_member REFERENCES consortium_members(id) ON DELETE SET NULL,
        invited_by_id uuid CONSTRAINT fk_firm_claim_invites_invited_by REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_firm_claim_invites_firm_created ON firm_claim_invites (firm_id, created_at)`,
    );
    await q.query(
      `CREATE INDEX ix_firm_claim_invites_inviter_created ON firm_claim_invites (invited_by_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE firm_claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_firm_claims_firm REFERENCES firms(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_firm_claims_user REFERENCES users(id) ON DELETE CASCADE,
        invite_id uuid CONSTRAINT fk_firm_claims_invite REFERENCES firm_claim_invites(id) ON DELETE SET NULL,
        email text NOT NULL,
        email_domain_matches boolean NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT ck_firm_claims_status CHECK (status IN ('pending','approved','rejected')),
        reason text,
        decided_by_id uuid CONSTRAINT fk_firm_claims_decided_by REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one approved claim per firm, and one open claim per person: concurrent approvals cannot both win.
    await q.query(
      `CREATE UNIQUE INDEX ux_firm_claims_approved ON firm_claims (firm_id) WHERE status = 'approved'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX ux_firm_claims_pending_user ON firm_claims (user_id) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX ix_firm_claims_status_created ON firm_claims (status, created_at)`);

    await q.query(`
      CREATE TABLE firm_claim_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_firm_claim_events_firm REFERENCES firms(id) ON DELETE CASCADE,
        claim_id uuid CONSTRAINT fk_firm_claim_events_claim REFERENCES firm_claims(id) ON DELETE CASCADE,
        invite_id uuid CONSTRAINT fk_firm_claim_events_invite REFERENCES firm_claim_invites(id) ON DELETE CASCADE,
        actor_id uuid CONSTRAINT fk_firm_claim_events_actor REFERENCES users(id) ON DELETE SET NULL,
        type text NOT NULL,
        reason text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX ix_firm_claim_events_firm_created ON firm_claim_events (firm_id, created_at, id)`,
    );
    await q.query(
      `CREATE TRIGGER tr_firm_claim_events_append_only BEFORE UPDATE ON firm_claim_events FOR EACH ROW EXECUTE FUNCTION forbid_update()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE firm_claim_events`);
    await q.query(`DROP TABLE firm_claims`);
    await q.query(`DROP TABLE firm_claim_invites`);
    await q.query(`DELETE FROM users WHERE role = 'claimant'`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT ck_users_role`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT ck_users_role CHECK (role IN ('firm_member','firm_admin','staff','admin'))`,
    );
  }
}
