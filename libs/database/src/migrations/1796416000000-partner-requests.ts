import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partnership requests and the firms whose capabilities fit them (announced in-app, e-mailed in a digest). */
export class PartnerRequests1796416000000 implements MigrationInterface {
  name = 'PartnerRequests1796416000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_partner_requests_firm REFERENCES firms(id) ON DELETE CASCADE,
        created_by_id uuid NOT NULL CONSTRAINT fk_partner_requests_creator REFERENCES users(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        capabilities text[] NOT NULL CONSTRAINT ck_partner_requests_capabilities CHECK (cardinality(capabilities) > 0),
        role text,
        project_id uuid CONSTRAINT fk_partner_requests_project REFERENCES projects(id) ON DELETE SET NULL,
        country_code char(2),
        expires_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open' CONSTRAINT ck_partner_requests_status CHECK (status IN ('open','closed')),
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_partner_requests_firm ON partner_requests (firm_id)`);
    await q.query(
      `CREATE INDEX ix_partner_requests_open ON partner_requests (expires_at) WHERE status = 'open'`,
    );
    await q.query(
      `CREATE INDEX ix_partner_requests_capabilities ON partner_requests USING gin (capabilities)`,
    );
    await q.query(`
      CREATE TABLE partner_request_matches (
        request_id uuid NOT NULL CONSTRAINT fk_partner_request_matches_request REFERENCES partner_requests(id) ON DELETE CASCADE,
        firm_id uuid NOT NULL CONSTRAINT fk_partner_request_matches_firm REFERENCES firms(id) ON DELETE CASCADE,
        overlap int NOT NULL,
        digest_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, firm_id)
      )`);
    await q.query(
      `CREATE INDEX ix_partner_request_matches_digest ON partner_request_matches (created_at) WHERE digest_sent_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_partner_request_matches_firm ON partner_request_matches (firm_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_request_matches`);
    await q.query(`DROP TABLE partner_requests`);
  }
}
