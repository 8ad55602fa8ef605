import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State shared by every API instance on one database:
 * - change_versions: one counter per kind of change (firm, project, password); bumped with each
 *   change-feed NOTIFY, so an instance that missed notifications (reconnect) can tell and resync;
 * - rate_limit_hits: the throttler's counters (one row per throttler + tracker key and window).
 */
export class SharedState1796414404622 implements MigrationInterface {
  name = 'SharedState1796414404622';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_versions (
        kind text PRIMARY KEY,
        version bigint NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(`CREATE INDEX ix_rate_limit_hits_expires_at ON rate_limit_hits (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_hits`);
    await q.query(`DROP TABLE change_versions`);
  }
}
