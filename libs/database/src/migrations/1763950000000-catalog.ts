import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Taxonomy reference tables, full firm profiles, projects with requirements, support programs. */
export class Catalog1763950000000 implements MigrationInterface {
  name = 'Catalog1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Reference data: codes are stable identifiers, labels may change (synced from taxonomy.json at start).
    await q.query(`
      CREATE TABLE capability_domains (
        code text PRIMARY KEY,
        label_en text NOT NULL,
        label_ko text NOT NULL,
        sort_order int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE capabilities (
        code text PRIMARY KEY,
        domain_code text NOT NULL CONSTRAINT fk_capabilities_domain REFERENCES capability_domains(code),
        label_en text NOT NULL,
        label_ko text NOT NULL,
        sort_order int NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_capabilities_domain_code ON capabilities (domain_code)`);
    await q.query(`
      CREATE TABLE taxonomy_terms (
        kind text NOT NULL CONSTRAINT ck_taxonomy_terms_kind
          CHECK (kind IN ('role','firm_size','firm_type','project_track','financing_source','ladder_stage')),
        code text NOT NULL,
        label_en text NOT NULL,
        label_ko text NOT NULL,
        sort_order int NOT NULL,
        stage int,
        CONSTRAINT pk_taxonomy_terms PRIMARY KEY (kind, code)
      )`);

    // Firm profile
    await q.query(`
      ALTER TABLE firms
        ADD COLUMN description text,
        ADD COLUMN website text,
        ADD COLUMN employees_band text CONSTRAINT ck_firms_employees_band
          CHECK (employees_band IN ('1-9','10-49','50-249','250-999','1000+')),
        ADD COLUMN founded_year int CONSTRAINT ck_firms_founded_year CHECK (founded_year BETWEEN 1800 AND 2100),
        ADD COLUMN ladder_stage text CONSTRAINT ck_firms_ladder_stage CHECK (ladder_stage ~ '^[ABC][1-4]$'),
        ADD COLUMN target_countries text[] NOT NULL DEFAULT '{}',
        ADD COLUMN roles text[] NOT NULL DEFAULT '{}',
        ADD COLUMN is_sample boolean NOT NULL DEFAULT false,
        ADD COLUMN source_ref text,
        ADD COLUMN source_note text,
        ADD COLUMN search tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(name_ko, '') || ' ' || coalesce(description, ''))
        ) STORED`);
    await q.query(
      `CREATE UNIQUE INDEX ux_firms_source_ref ON firms (source_ref) WHERE source_ref IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_firms_search ON firms USING gin (search)`);
    await q.query(`
      CREATE INDEX ix_firms_search_trgm ON firms
        USING gin ((coalesce(name, '') || ' ' || coalesce(name_ko, '') || ' ' || coalesce(description, '')) gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_firms_size ON firms (size)`);
    await q.query(`CREATE INDEX ix_firms_home_country ON firms (home_country)`);
    await q.query(`CREATE INDEX ix_firms_name_id ON firms (name, id)`);

    await q.query(`
      CREATE TABLE firm_capabilities (
        firm_id uuid NOT NULL CONSTRAINT fk_firm_capabilities_firm REFERENCES firms(id) ON DELETE CASCADE,
        capability_code text NOT NULL CONSTRAINT fk_firm_capabilities_capability REFERENCES capabilities(code),
        level smallint NOT NULL CONSTRAINT ck_firm_capabilities_level CHECK (level BETWEEN 1 AND 3),
        note text,
        CONSTRAINT pk_firm_capabilities PRIMARY KEY (firm_id, capability_code)
      )`);
    await q.query(`CREATE INDEX ix_firm_capabilities_capability_code ON firm_capabilities (capability_code)`);

    await q.query(`
      CREATE TABLE firm_solutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_firm_solutions_firm REFERENCES firms(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        capability_codes text[] NOT NULL DEFAULT '{}',
        maturity text NOT NULL CONSTRAINT ck_firm_solutions_maturity CHECK (maturity IN ('concept','pilot-proven','commercial')),
        certifications text[] NOT NULL DEFAULT '{}',
        reference_sites jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_firm_solutions_firm_id ON firm_solutions (firm_id)`);

    await q.query(`
      CREATE TABLE firm_track_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL CONSTRAINT fk_firm_track_records_firm REFERENCES firms(id) ON DELETE CASCADE,
        country_code char(2) NOT NULL,
        city text,
        project_title text NOT NULL,
        year int CONSTRAINT ck_firm_track_records_year CHECK (year BETWEEN 1950 AND 2100),
        role text,
        contract_amount numeric(18,2) CONSTRAINT ck_firm_track_records_amount CHECK (contract_amount >= 0),
        contract_currency char(3),
        financing_source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_firm_track_records_firm_id ON firm_track_records (firm_id)`);
    await q.query(`CREATE INDEX ix_firm_track_records_country_code ON firm_track_records (country_code)`);

    // Projects
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_ref text,
        title text NOT NULL,
        title_ko text,
        country_code char(2) NOT NULL,
        city text,
        program text,
        track text NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        description text,
        budget_amount numeric(20,2) CONSTRAINT ck_projects_budget_amount CHECK (budget_amount >= 0),
        budget_currency char(3),
        budget_text text,
        financing text[] NOT NULL DEFAULT '{}',
        client text,
        procurement text,
        period text,
        status text NOT NULL CONSTRAINT ck_projects_status CHECK (status IN
          ('announced','open','under_review','awarded','in_progress','completed','stalled','closed','unknown')),
        submission_deadline timestamptz,
        source_note text,
        eligibility_notes text[] NOT NULL DEFAULT '{}',
        required_roles text[] NOT NULL DEFAULT '{}',
        min_sme_members int NOT NULL DEFAULT 0 CONSTRAINT ck_projects_min_sme CHECK (min_sme_members >= 0),
        max_members int CONSTRAINT ck_projects_max_members CHECK (max_members >= 1),
        local_partner_required boolean NOT NULL DEFAULT false,
        lead_country_experience boolean NOT NULL DEFAULT false,
        created_by_id uuid CONSTRAINT fk_projects_created_by REFERENCES users(id) ON DELETE SET NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(title_ko, '') || ' ' || coalesce(city, '') || ' ' ||
            coalesce(program, '') || ' ' || coalesce(description, ''))
        ) STORED
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_projects_source_ref ON projects (source_ref) WHERE source_ref IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_projects_search ON projects USING gin (search)`);
    await q.query(`
      CREATE INDEX ix_projects_search_trgm ON projects
        USING gin ((coalesce(title, '') || ' ' || coalesce(title_ko, '') || ' ' || coalesce(city, '') || ' ' || coalesce(description, '')) gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_projects_country_code ON projects (country_code)`);
    await q.query(`CREATE INDEX ix_projects_status ON projects (status)`);
    await q.query(`CREATE INDEX ix_projects_sectors ON projects USING gin (sectors)`);
    await q.query(`CREATE INDEX ix_projects_financing ON projects USING gin (financing)`);
    await q.query(`CREATE INDEX ix_projects_created_at_id ON projects (created_at, id)`);

    await q.query(`
      CREATE TABLE project_requirements (
        project_id uuid NOT NULL CONSTRAINT fk_project_requirements_project REFERENCES projects(id) ON DELETE CASCADE,
        capability_code text NOT NULL CONSTRAINT fk_project_requirements_capability REFERENCES capabilities(code),
        weight smallint NOT NULL CONSTRAINT ck_project_requirements_weight CHECK (weight BETWEEN 1 AND 3),
        must_have boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_project_requirements PRIMARY KEY (project_id, capability_code)
      )`);
    await q.query(
      `CREATE INDEX ix_project_requirements_capability_code ON project_requirements (capability_code)`,
    );

    await q.query(`
      CREATE TABLE support_programs (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_ko text,
        agency text,
        kind text,
        ladder_stages text[] NOT NULL DEFAULT '{}',
        sectors text[] NOT NULL DEFAULT '{}',
        description text,
        eligibility text,
        source_note text
      )`);
    await q.query(
      `CREATE INDEX ix_support_programs_ladder_stages ON support_programs USING gin (ladder_stages)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'support_programs',
      'project_requirements',
      'projects',
      'firm_track_records',
      'firm_solutions',
      'firm_capabilities',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`
      ALTER TABLE firms DROP COLUMN search, DROP COLUMN source_note, DROP COLUMN source_ref, DROP COLUMN is_sample,
        DROP COLUMN roles, DROP COLUMN target_countries, DROP COLUMN ladder_stage, DROP COLUMN founded_year,
        DROP COLUMN employees_band, DROP COLUMN website, DROP COLUMN description`);
    await q.query(`DROP INDEX IF EXISTS ix_firms_size`);
    await q.query(`DROP INDEX IF EXISTS ix_firms_home_country`);
    await q.query(`DROP INDEX IF EXISTS ix_firms_name_id`);
    await q.query(`DROP TABLE taxonomy_terms`);
    await q.query(`DROP TABLE capabilities`);
    await q.query(`DROP TABLE capability_domains`);
  }
}
