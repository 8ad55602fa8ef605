import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE firms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        name_ko text,
        size text NOT NULL CONSTRAINT ck_firms_size CHECK (size IN ('large','mid','sme','startup','public','research')),
        type text NOT NULL CONSTRAINT ck_firms_type CHECK (type IN ('planning_development','service_solution','finance_support')),
        home_country char(2) NOT NULL,
        verification_status text NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_firms_verification_status CHECK (verification_status IN ('pending','verified','rejected')),
        verification_reason text,
        verified_by_id uuid,
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_firms_verification_status ON firms (verification_status)`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text,
        role text NOT NULL CONSTRAINT ck_users_role CHECK (role IN ('firm_member','firm_admin','staff','admin')),
        firm_id uuid CONSTRAINT fk_users_firm REFERENCES firms(id) ON DELETE RESTRICT,
        password_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_users_firm_role CHECK ((role IN ('firm_member','firm_admin')) = (firm_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_users_email ON users (lower(email))`);
    await q.query(`CREATE INDEX ix_users_firm_id ON users (firm_id)`);
    await q.query(`
      ALTER TABLE firms ADD CONSTRAINT fk_firms_verified_by FOREIGN KEY (verified_by_id) REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE refresh_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_refresh_sessions_user REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_refresh_sessions_token_hash ON refresh_sessions (token_hash)`);
    await q.query(`CREATE INDEX ix_refresh_sessions_family_id ON refresh_sessions (family_id)`);
    await q.query(`CREATE INDEX ix_refresh_sessions_user_id ON refresh_sessions (user_id)`);
    await q.query(`
      CREATE TABLE password_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_password_tokens_user REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        purpose text NOT NULL CONSTRAINT ck_password_tokens_purpose CHECK (purpose IN ('set_password','reset_password')),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_password_tokens_token_hash ON password_tokens (token_hash)`);
    await q.query(`CREATE INDEX ix_password_tokens_user_id ON password_tokens (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_tokens`);
    await q.query(`DROP TABLE refresh_sessions`);
    await q.query(`ALTER TABLE firms DROP CONSTRAINT fk_firms_verified_by`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE firms`);
  }
}
