import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcomes as a sequence: bid submitted → shortlisted → selected → contract signed (amount, currency,
 * date), or not selected (reason). The lead reports each step; staff confirm it (or record it directly).
 */
export class ConsortiumOutcomes1796415159576 implements MigrationInterface {
  name = 'ConsortiumOutcomes1796415159576';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consortia DROP CONSTRAINT ck_consortia_outcome`);
    await q.query(`
      ALTER TABLE consortia ADD CONSTRAINT ck_consortia_outcome
        CHECK (outcome IN ('bid_submitted','shortlisted','selected','contract_signed','not_selected'))`);
    await q.query(`
      CREATE TABLE consortium_outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL CONSTRAINT fk_consortium_outcomes_consortium REFERENCES consortia(id) ON DELETE CASCADE,
        stage text NOT NULL CONSTRAINT ck_consortium_outcomes_stage
          CHECK (stage IN ('bid_submitted','shortlisted','selected','contract_signed','not_selected')),
        date date NOT NULL,
        amount numeric(18,2) CONSTRAINT ck_consortium_outcomes_amount CHECK (amount IS NULL OR amount > 0),
        currency char(3),
        reason text,
        status text NOT NULL DEFAULT 'reported'
          CONSTRAINT ck_consortium_outcomes_status CHECK (status IN ('reported','confirmed','rejected')),
        reported_by_id uuid CONSTRAINT fk_consortium_outcomes_reported_by REFERENCES users(id) ON DELETE SET NULL,
        reviewed_by_id uuid CONSTRAINT fk_consortium_outcomes_reviewed_by REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        review_note text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_consortium_outcomes_contract
          CHECK (stage <> 'contract_signed' OR (amount IS NOT NULL AND currency IS NOT NULL)),
        CONSTRAINT ck_consortium_outcomes_reason CHECK (stage <> 'not_selected' OR reason IS NOT NULL)
      )`);
    // One live record per step: two reports of the same step cannot both land.
    await q.query(
      `CREATE UNIQUE INDEX ux_consortium_outcomes_stage ON consortium_outcomes (consortium_id, stage) WHERE status <> 'rejected'`,
    );
    // Outcomes recorded before this migration become confirmed records of the sequence.
    await q.query(`
      INSERT INTO consortium_outcomes (consortium_id, stage, date, status, reviewed_at)
      SELECT id, outcome, outcome_date, 'confirmed', updated_at FROM consortia WHERE outcome IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_outcomes`);
    await q.query(
      `UPDATE consortia SET outcome = NULL, outcome_date = NULL WHERE outcome IN ('bid_submitted','shortlisted')`,
    );
    await q.query(`ALTER TABLE consortia DROP CONSTRAINT ck_consortia_outcome`);
    await q.query(
      `ALTER TABLE consortia ADD CONSTRAINT ck_consortia_outcome CHECK (outcome IN ('selected','not_selected','contract_signed'))`,
    );
  }
}
