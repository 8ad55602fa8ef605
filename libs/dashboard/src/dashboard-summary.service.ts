import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CONSORTIUM_STATUSES, type ConsortiumStatus } from '@app/consortia';
import type { DashboardFiltersQueryDto } from './dashboard-filters.query';
import { CREATED_YEAR, scopeOf, type Scope } from './dashboard-scope';
import type {
  DashboardBreakdownItemDto,
  DashboardFunnelDto,
  DashboardSmeShareItemDto,
  DashboardSummaryDto,
} from './dashboard.dto';

/** Statuses a consortium can only have once it was submitted (changes_requested included: it went through review). */
export const SUBMITTED_OR_LATER: readonly ConsortiumStatus[] = [
  'submitted',
  'under_review',
  'changes_requested',
  'approved',
  'rejected',
];
const SME_SIZES = `('sme','startup')`;
const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(',')})`;

const FILTERED = (s: Scope) => `consortia c JOIN projects p ON p.id = c.project_id WHERE ${s.consortia}`;

/**
 * The staff dashboard's numbers: one aggregate query per block, all read in one REPEATABLE READ
 * snapshot so the blocks agree with each other (the funnel never shows more approvals than the status chart).
 */
@Injectable()
export class DashboardSummaryService {
  constructor(private readonly dataSource: DataSource) {}

  summary(filters: DashboardFiltersQueryDto): Promise<DashboardSummaryDto> {
    const scope = scopeOf(filters);
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => ({
      consortiaByStatus: await this.byStatus(tx, scope),
      smeShare: await this.smeShare(tx, scope),
      projectsByCountry: await this.breakdown(tx, scope, 'p.country_code'),
      projectsBySector: await this.breakdown(
        tx,
        scope,
        's.code',
        'CROSS JOIN LATERAL unnest(p.sectors) AS s(code)',
      ),
      funnel: await this.funnel(tx, scope),
      medianDaysToDecision: await this.medianDaysToDecision(tx, scope),
      filters: await this.filterOptions(tx),
    }));
  }

  private async byStatus(tx: EntityManager, s: Scope) {
    const rows: { status: ConsortiumStatus; count: number }[] = await tx.query(
      `SELECT c.status, count(*)::int AS count FROM ${FILTERED(s)} GROUP BY c.status`,
      s.params,
    );
    const counts = new Map(rows.map((r) => [r.status, r.count]));
    return CONSORTIUM_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  private async smeShare(tx: EntityManager, s: Scope) {
    const [r]: {
      submittedMembers: number;
      submittedSme: number;
      approvedMembers: number;
      approvedSme: number;
    }[] = await tx.query(
      `SELECT count(*) FILTER (WHERE c.status IN ${inList(SUBMITTED_OR_LATER)})::int AS "submittedMembers",
              count(*) FILTER (WHERE c.status IN ${inList(SUBMITTED_OR_LATER)} AND f.size IN ${SME_SIZES})::int AS "submittedSme",
              count(*) FILTER (WHERE c.status = 'approved')::int AS "approvedMembers",
              count(*) FILTER (WHERE c.status = 'approved' AND f.size IN ${SME_SIZES})::int AS "approvedSme"
       FROM consortia c
       JOIN projects p ON p.id = c.project_id
       JOIN consortium_members m ON m.consortium_id = c.id AND m.status = 'accepted'
       JOIN firms f ON f.id = m.firm_id
       WHERE ${s.consortia}`,
      s.params,
    );
    return {
      submitted: share(r.submittedSme, r.submittedMembers),
      approved: share(r.approvedSme, r.approvedMembers),
    };
  }

  /** Projects (program filter only) and consortia (every filter) per key, most consortia first. */
  private breakdown(
    tx: EntityManager,
    s: Scope,
    key: string,
    join = '',
  ): Promise<DashboardBreakdownItemDto[]> {
    return tx.query(
      `WITH pr AS (SELECT ${key} AS code, count(*)::int AS n FROM projects p ${join} WHERE ${s.projects} GROUP BY 1),
            co AS (SELECT ${key} AS code, count(*)::int AS n FROM consortia c JOIN projects p ON p.id = c.project_id ${join}
                   WHERE ${s.consortia} GROUP BY 1)
       SELECT trim(coalesce(pr.code, co.code)) AS code, coalesce(pr.n, 0) AS projects, coalesce(co.n, 0) AS consortia
       FROM pr FULL JOIN co ON co.code = pr.code
       ORDER BY consortia DESC, projects DESC, code`,
      s.params,
    );
  }

  private async funnel(tx: EntityManager, s: Scope): Promise<DashboardFunnelDto> {
    const [r]: DashboardFunnelDto[] = await tx.query(
      `WITH fc AS (SELECT c.id FROM ${FILTERED(s)}),
            inv AS (SELECT count(*)::int AS invited,
                           count(*) FILTER (WHERE m.status = 'accepted'
                             OR (m.status IN ('removed','withdrawn') AND m.responded_at IS NOT NULL))::int AS accepted
                    FROM consortium_members m JOIN fc ON fc.id = m.consortium_id
                    WHERE m.role <> 'lead'),
            ev AS (SELECT count(DISTINCT e.consortium_id) FILTER (WHERE e.to_status = 'submitted')::int AS submitted,
                          count(DISTINCT e.consortium_id) FILTER (WHERE e.to_status = 'approved')::int AS approved,
                          count(DISTINCT e.consortium_id) FILTER (WHERE e.type = 'outcome_recorded'
                            AND e.data->>'outcome' IN ('selected','contract_signed'))::int AS selected
                   FROM consortium_events e JOIN fc ON fc.id = e.consortium_id)
       SELECT inv.invited, inv.accepted, ev.submitted, ev.approved, ev.selected FROM inv CROSS JOIN ev`,
      s.params,
    );
    return r;
  }

  private async medianDaysToDecision(tx: EntityManager, s: Scope): Promise<number | null> {
    const [r]: { median: number | null }[] = await tx.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days) AS median
       FROM (SELECT (extract(epoch FROM min(d.created_at) - c.created_at) / 86400)::float8 AS days
             FROM consortia c
             JOIN projects p ON p.id = c.project_id
             JOIN consortium_decisions d ON d.consortium_id = c.id
             WHERE ${s.consortia}
             GROUP BY c.id, c.created_at) x`,
      s.params,
    );
    return r.median === null ? null : Math.round(r.median * 10) / 10;
  }

  private async filterOptions(tx: EntityManager) {
    const [r]: { programs: string[]; years: number[] }[] = await tx.query(
      `SELECT (SELECT coalesce(array_agg(DISTINCT program ORDER BY program), '{}') FROM projects WHERE program IS NOT NULL) AS programs,
              (SELECT coalesce(array_agg(DISTINCT ${CREATED_YEAR('c')} ORDER BY ${CREATED_YEAR('c')} DESC), '{}') FROM consortia c) AS years`,
    );
    return r;
  }
}

function share(smeMembers: number, members: number): DashboardSmeShareItemDto {
  return {
    smeMembers,
    members,
    share: members ? Math.round((smeMembers / members) * 10_000) / 10_000 : null,
  };
}
