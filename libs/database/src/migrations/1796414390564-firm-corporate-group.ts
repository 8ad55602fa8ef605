import type { MigrationInterface, QueryRunner } from 'typeorm';

/** firms.corporate_group: the firm's corporate group (relational evidence for matching). */
export class FirmCorporateGroup1796414390564 implements MigrationInterface {
  name = 'FirmCorporateGroup1796414390564';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE firms ADD COLUMN corporate_group text`);
    await q.query(
      `ALTER TABLE firms ADD CONSTRAINT ck_firms_corporate_group CHECK (corporate_group IS NULL OR length(corporate_group) BETWEEN 1 AND 100)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE firms DROP COLUMN corporate_group`);
  }
}
