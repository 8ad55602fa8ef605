import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DecisionChecklist } from '@app/consortia';
import { toCsv, type CsvColumns } from './dashboard-csv';
import type { DashboardFiltersQueryDto } from './dashboard-filters.query';
import { scopeOf } from './dashboard-scope';
import { FUNNEL_COLUMNS, firmFunnel, funnelRows, type DashboardFirmFunnelDto } from './firm-funnel';

interface QueueRow {
  id: string;
  name: string;
  project: string;
  country: string;
  leadFirm: string;
  members: string | null;
  memberCount: number;
  smeCount: number;
  submittedAt: Date | null;
  status: string;
}

interface DecisionRow {
  id: string;
  consortiumId: string;
  consortium: string;
  project: string;
  decision: string;
  reason: string;
  decidedBy: string | null;
  decidedByEmail: string | null;
  decidedAt: Date;
  checklist: DecisionChecklist;
}

const QUEUE_COLUMNS: CsvColumns<QueueRow> = [
  ['consortium_id', (r) => r.id],
  ['consortium', (r) => r.name],
  ['project', (r) => r.project],
  ['country', (r) => r.country],
  ['lead_firm', (r) => r.leadFirm],
  ['members', (r) => r.members],
  ['member_count', (r) => r.memberCount],
  ['sme_count', (r) => r.smeCount],
  ['submitted_at', (r) => r.submittedAt],
  ['status', (r) => r.status],
];

const CHECKLIST_ITEMS: [header: string, key: keyof DecisionChecklist][] = [
  ['capabilities_covered', 'capabilitiesCovered'],
  ['sme_participation', 'smeParticipation'],
  ['local_partner', 'localPartner'],
  ['financing_route', 'financingRoute'],
  ['eligibility', 'eligibility'],
];

const DECISION_COLUMNS: CsvColumns<DecisionRow> = [
  ['decision_id', (r) => r.id],
  ['consortium_id', (r) => r.consortiumId],
  ['consortium', (r) => r.consortium],
  ['project', (r) => r.project],
  ['decision', (r) => r.decision],
  ['reason', (r) => r.reason],
  ['decided_by', (r) => r.decidedBy],
  ['decided_by_email', (r) => r.decidedByEmail],
  ['decided_at', (r) => r.decidedAt],
  ...CHECKLIST_ITEMS.map(([header, key]): CsvColumns<DecisionRow>[number] => [
    header,
    (r) => r.checklist?.[key] ?? null,
  ]),
];

const csvFile = (csv: string, filename: string) =>
  new StreamableFile(Buffer.from(csv, 'utf8'), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${filename}"`,
  });

/** CSV exports for staff: the review queue (oldest submission first) and every decision (oldest first). */
@Injectable()
export class DashboardExportsService {
  constructor(private readonly dataSource: DataSource) {}

  async reviewQueue(filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    const s = scopeOf(filters);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT c.id, c.name, p.title AS project, trim(p.country_code) AS country, lf.name AS "leadFirm",
              string_agg(f.name || ' (' || m.role || ')', '; ' ORDER BY (m.role = 'lead') DESC, f.name) AS members,
              count(m.id)::int AS "memberCount",
              count(m.id) FILTER (WHERE f.size IN ('sme','startup'))::int AS "smeCount",
              c.submitted_at AS "submittedAt", c.status
       FROM consortia c
       JOIN projects p ON p.id = c.project_id
       JOIN firms lf ON lf.id = c.lead_firm_id
       LEFT JOIN consortium_members m ON m.consortium_id = c.id AND m.status = 'accepted'
       LEFT JOIN firms f ON f.id = m.firm_id
       WHERE c.status IN ('submitted','under_review') AND ${s.consortia}
       GROUP BY c.id, p.id, lf.id
       ORDER BY c.submitted_at ASC NULLS LAST, c.id`,
      s.params,
    );
    return csvFile(toCsv(QUEUE_COLUMNS, rows), 'review-queue.csv');
  }

  async decisions(filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    const s = scopeOf(filters);
    const rows: DecisionRow[] = await this.dataSource.query(
      `SELECT d.id, c.id AS "consortiumId", c.name AS consortium, p.title AS project, d.decision, d.reason,
              u.name AS "decidedBy", u.email AS "decidedByEmail", d.created_at AS "decidedAt", d.checklist
       FROM consortium_decisions d
       JOIN consortia c ON c.id = d.consortium_id
       JOIN projects p ON p.id = c.project_id
       LEFT JOIN users u ON u.id = d.decided_by_id
       WHERE ${s.consortia}
       ORDER BY d.created_at, d.id`,
      s.params,
    );
    return csvFile(toCsv(DECISION_COLUMNS, rows), 'decisions.csv');
  }

  firmFunnel(filters: DashboardFiltersQueryDto): Promise<DashboardFirmFunnelDto> {
    return this.dataSource.transaction('REPEATABLE READ', (tx) => firmFunnel(tx, scopeOf(filters)));
  }

  async firmFunnelCsv(filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    return csvFile(toCsv(FUNNEL_COLUMNS, funnelRows(await this.firmFunnel(filters))), 'firm-funnel.csv');
  }
}
