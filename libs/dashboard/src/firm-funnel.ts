import { ApiProperty } from '@nestjs/swagger';
import type { EntityManager } from 'typeorm';
import type { CsvColumns } from './dashboard-csv';
import type { Scope } from './dashboard-scope';

export const FUNNEL_STAGES = ['registered', 'inConsortium', 'submitted', 'approved', 'bid', 'won'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export class DashboardFunnelStagesDto {
  @ApiProperty({ minimum: 0, description: 'Firms with at least one user (signed up or claimed)' })
  registered: number;
  @ApiProperty({ minimum: 0, description: '… holding an accepted seat (lead included) in a consortium' })
  inConsortium: number;
  @ApiProperty({ minimum: 0, description: '… in a consortium that was submitted' }) submitted: number;
  @ApiProperty({ minimum: 0, description: '… in an approved consortium' }) approved: number;
  @ApiProperty({ minimum: 0, description: '… in an approved consortium with a confirmed bid outcome' })
  bid: number;
  @ApiProperty({ minimum: 0, description: '… in a consortium selected or with a signed contract' })
  won: number;
}

export class DashboardFirmFunnelDto {
  @ApiProperty({ type: DashboardFunnelStagesDto }) overall: DashboardFunnelStagesDto;
  @ApiProperty({ type: DashboardFunnelStagesDto, description: 'SMEs and startups only' })
  sme: DashboardFunnelStagesDto;
}

/**
 * Firms through the journey, each stage a subset of the one before: registered → in a consortium →
 * submitted → approved → bid → won. Consortium stages follow the dashboard filters (program, year).
 * A bid is a confirmed outcome (staff confirm what the lead reports); won is selected or contract signed.
 */
export async function firmFunnel(tx: EntityManager, s: Scope): Promise<DashboardFirmFunnelDto> {
  const [r]: Record<string, number>[] = await tx.query(
    `WITH reg AS (SELECT f.id, f.size IN ('sme','startup') AS sme FROM firms f
                  WHERE EXISTS (SELECT 1 FROM users u WHERE u.firm_id = f.id)),
          seats AS (SELECT m.firm_id, c.status, c.submitted_at, c.outcome
                    FROM consortium_members m
                    JOIN consortia c ON c.id = m.consortium_id
                    JOIN projects p ON p.id = c.project_id
                    WHERE m.status = 'accepted' AND ${s.consortia}),
          per AS (SELECT r.id, r.sme,
                         bool_or(s.firm_id IS NOT NULL) AS in_c,
                         bool_or(s.submitted_at IS NOT NULL) AS sub,
                         bool_or(s.status = 'approved') AS appr,
                         bool_or(s.status = 'approved' AND s.outcome IS NOT NULL) AS bid,
                         bool_or(s.status = 'approved' AND s.outcome IN ('selected','contract_signed')) AS won
                  FROM reg r LEFT JOIN seats s ON s.firm_id = r.id GROUP BY r.id, r.sme)
     SELECT count(*)::int AS registered,
            count(*) FILTER (WHERE in_c)::int AS "inConsortium",
            count(*) FILTER (WHERE sub)::int AS submitted,
            count(*) FILTER (WHERE appr)::int AS approved,
            count(*) FILTER (WHERE bid)::int AS bid,
            count(*) FILTER (WHERE won)::int AS won,
            count(*) FILTER (WHERE sme)::int AS "smeRegistered",
            count(*) FILTER (WHERE sme AND in_c)::int AS "smeInConsortium",
            count(*) FILTER (WHERE sme AND sub)::int AS "smeSubmitted",
            count(*) FILTER (WHERE sme AND appr)::int AS "smeApproved",
            count(*) FILTER (WHERE sme AND bid)::int AS "smeBid",
            count(*) FILTER (WHERE sme AND won)::int AS "smeWon"
     FROM per`,
    s.params,
  );
  const sme = (k: FunnelStage) => r[`sme${k[0].toUpperCase()}${k.slice(1)}`];
  return {
    overall: Object.fromEntries(FUNNEL_STAGES.map((k) => [k, r[k]])) as unknown as DashboardFunnelStagesDto,
    sme: Object.fromEntries(FUNNEL_STAGES.map((k) => [k, sme(k)])) as unknown as DashboardFunnelStagesDto,
  };
}

interface FunnelRow {
  stage: FunnelStage;
  overall: number;
  sme: number;
}

export const FUNNEL_COLUMNS: CsvColumns<FunnelRow> = [
  ['stage', (r) => r.stage],
  ['firms', (r) => r.overall],
  ['sme_firms', (r) => r.sme],
  ['sme_share', (r) => (r.overall ? Math.round((r.sme / r.overall) * 10_000) / 10_000 : null)],
];

export const funnelRows = (f: DashboardFirmFunnelDto): FunnelRow[] =>
  FUNNEL_STAGES.map((stage) => ({ stage, overall: f.overall[stage], sme: f.sme[stage] }));
