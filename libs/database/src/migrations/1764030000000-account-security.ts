import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail verification: users.email_verified_at and the verify_email one-time token purpose. */
export class AccountSecurity1764030000000 implements MigrationInterface {
  name = 'AccountSecurity1764030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email_verified_at timestamptz`);
    // Accounts that predate verification (demo, CLI, earlier sign-ups) are not asked again.
    await q.query(`UPDATE users SET email_verified_at = created_at`);
    await q.query(`ALTER TABLE password_tokens DROP CONSTRAINT ck_password_tokens_purpose`);
    await q.query(`
      ALTER TABLE password_tokens ADD CONSTRAINT ck_password_tokens_purpose
        CHECK (purpose IN ('set_password','reset_password','verify_email'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM password_tokens WHERE purpose = 'verify_email'`);
    await q.query(`ALTER TABLE password_tokens DROP CONSTRAINT ck_password_tokens_purpose`);
    await q.query(`
      ALTER TABLE password_tokens ADD CONSTRAINT ck_password_tokens_purpose CHECK (purpose IN ('set_password','reset_password'))`);
    await q.query(`ALTER TABLE users DROP COLUMN email_verified_at`);
  }
}
