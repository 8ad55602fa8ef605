import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-project overrides of the team rules a financing source or program implies (matching v2):
 * korean_lead, korean_majority, foreign_roles_allowed. NULL = as the financing implies.
 */
export class ProjectFinancingRules1796414576607 implements MigrationInterface {
  name = 'ProjectFinancingRules1796414576607';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ADD COLUMN korean_lead boolean`);
    await q.query(`ALTER TABLE projects ADD COLUMN korean_majority boolean`);
    await q.query(`ALTER TABLE projects ADD COLUMN foreign_roles_allowed text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects DROP COLUMN foreign_roles_allowed`);
    await q.query(`ALTER TABLE projects DROP COLUMN korean_majority`);
    await q.query(`ALTER TABLE projects DROP COLUMN korean_lead`);
  }
}
