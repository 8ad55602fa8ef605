import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { User } from '@app/auth';
import { can, type FirmSize } from '@app/common';
import { Firm, onPlatformFirmIds } from '@app/firms';
import type { TeamReport } from '@app/matching';
import { MatchingIndexService, type TeamReportDto } from '@app/matching-api';
import { Project } from '@app/projects';
import { findVisibleConsortium, type ConsortiumActor, type ConsortiumViewer } from './consortium-access';
import { ConsortiumDecisionRecord } from './consortium-decision.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { loadConsortiumProject, projectProblems } from './consortium-project';
import { canWithdraw, isTeamEditable } from './consortium-state-machine';
import { ConsortiumTeamService, type TeamAssessment } from './consortium-team.service';
import { Consortium } from './consortium.entity';
import type {
  ConsortiumDecisionDto,
  ConsortiumDetailDto,
  ConsortiumFirmDto,
  ConsortiumMemberDto,
  ConsortiumProjectDto,
  ConsortiumSnapshotDto,
  ConsortiumSummaryDto,
} from './consortium.dto';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A firm with whether it is on the platform (an active admin can answer). */
export type PresentFirm = Firm & { onPlatform: boolean };

export const toFirmDto = (f: PresentFirm): ConsortiumFirmDto => ({
  id: f.id,
  name: f.name,
  nameKo: f.nameKo,
  size: f.size,
  homeCountry: f.homeCountry.trim(),
  isSample: f.isSample,
  verificationStatus: f.verificationStatus,
  onPlatform: f.onPlatform,
});

export const toProjectDto = (p: Project): ConsortiumProjectDto => ({
  id: p.id,
  title: p.title,
  titleKo: p.titleKo,
  countryCode: p.countryCode.trim(),
  city: p.city,
  status: p.status,
  submissionDeadline: iso(p.submissionDeadline),
});

export async function firmsById(manager: EntityManager, ids: string[]): Promise<Map<string, PresentFirm>> {
  if (!ids.length) return new Map();
  const unique = [...new Set(ids)];
  // Sequential: the manager may be a transaction's single connection.
  const firms = await manager.findBy(Firm, { id: In(unique) });
  const present = await onPlatformFirmIds(manager, unique);
  return new Map(firms.map((f) => [f.id, Object.assign(f, { onPlatform: present.has(f.id) })]));
}

export async function usersById(
  manager: EntityManager,
  ids: (string | null)[],
): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  return new Map(
    (await manager.find(User, { select: { id: true, name: true }, where: { id: In(wanted) } })).map((u) => [
      u.id,
      { id: u.id, name: u.name },
    ]),
  );
}

/** Builds what the API answers: summaries for lists (batched, no N+1) and the full detail. */
@Injectable()
export class ConsortiumViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly matching: MatchingIndexService,
  ) {}

  /**
   * The full answer. `assessed` is the team's assessment when the caller just made it for the same
   * team (a decision or a submission, whose transaction changed the status but not the members), so
   * the engine runs once per request.
   */
  async detail(actor: ConsortiumActor, id: string, assessed?: TeamAssessment): Promise<ConsortiumDetailDto> {
    const m = this.dataSource.manager;
    const { consortium: c, viewer } = await findVisibleConsortium(m, actor, id);
    const [summary] = await this.summaries(m, [c]);
    const members = await this.team.members(m, c.id);
    const project = await loadConsortiumProject(m, c.projectId);
    const assessment = assessed ?? (await this.team.assess(project, members));
    const firms = await firmsById(
      m,
      members.map((x) => x.firmId),
    );
    const problems = [...assessment.problems, ...projectProblems(project.project)];
    const canSubmit = isTeamEditable(c.status) && problems.length === 0;
    return {
      ...summary,
      members: members.map((x) => toMemberDto(x, firms.get(x.firmId)!)),
      team: this.teamDto(assessment, firms),
      readiness: { canSubmit, problems },
      decisions: await this.decisions(m, c.id),
      viewer: viewerDto(actor, viewer, c, members, canSubmit),
    };
  }

  /** The team as it stands, for a decision's snapshot. */
  snapshot(
    c: Consortium,
    members: ConsortiumMember[],
    firms: Map<string, PresentFirm>,
    assessment: TeamAssessment,
  ): ConsortiumSnapshotDto {
    return {
      version: c.version,
      members: members.map((x) => ({
        firmId: x.firmId,
        name: firms.get(x.firmId)!.name,
        nameKo: firms.get(x.firmId)!.nameKo,
        role: x.role,
        status: x.status,
      })),
      team: this.teamDto(assessment, firms),
    };
  }

  async summaries(manager: EntityManager, rows: Consortium[]): Promise<ConsortiumSummaryDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((c) => c.id);
    const [projects, firms, counts] = await Promise.all([
      manager
        .findBy(Project, { id: In([...new Set(rows.map((c) => c.projectId))]) })
        .then((ps) => new Map(ps.map((p) => [p.id, p]))),
      firmsById(
        manager,
        rows.map((c) => c.leadFirmId),
      ),
      manager
        .createQueryBuilder(ConsortiumMember, 'm')
        .select('m.consortiumId', 'id')
        .addSelect(`count(*) FILTER (WHERE m.status = 'accepted')::int`, 'accepted')
        .addSelect(`count(*) FILTER (WHERE m.status = 'invited')::int`, 'pending')
        .where('m.consortiumId IN (:...ids)', { ids })
        .groupBy('m.consortiumId')
        .getRawMany<{ id: string; accepted: number; pending: number }>()
        .then((rs) => new Map(rs.map((r) => [r.id, r]))),
    ]);
    return rows.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      version: c.version,
      outcome: c.outcome,
      outcomeDate: c.outcomeDate,
      project: toProjectDto(projects.get(c.projectId)!),
      leadFirm: toFirmDto(firms.get(c.leadFirmId)!),
      memberCount: counts.get(c.id)?.accepted ?? 0,
      pendingCount: counts.get(c.id)?.pending ?? 0,
      submittedAt: iso(c.submittedAt),
      decidedAt: iso(c.decidedAt),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    }));
  }

  /** The engine's report plus the sample flag per member (as the matching API answers it). */
  private teamDto(assessment: TeamAssessment, firms: Map<string, PresentFirm>): TeamReportDto | null {
    const report: TeamReport | null = assessment.report;
    if (!report) return null;
    return {
      ...report,
      members: report.members.map((m) => ({
        ...m,
        size: m.size as FirmSize,
        isSample: this.matching.firm(m.firmId)?.isSample ?? false,
        onPlatform: firms.get(m.firmId)?.onPlatform ?? false,
      })),
    };
  }

  private async decisions(manager: EntityManager, consortiumId: string): Promise<ConsortiumDecisionDto[]> {
    const rows = await manager.find(ConsortiumDecisionRecord, {
      where: { consortiumId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const users = await usersById(
      manager,
      rows.map((r) => r.decidedById),
    );
    return rows.map((r) => ({
      id: r.id,
      decision: r.decision,
      reason: r.reason,
      checklist: r.checklist,
      decidedBy: (r.decidedById && users.get(r.decidedById)) || null,
      createdAt: r.createdAt.toISOString(),
      snapshot: r.snapshot as unknown as ConsortiumSnapshotDto,
    }));
  }
}

export function toMemberDto(m: ConsortiumMember, firm: PresentFirm): ConsortiumMemberDto {
  return {
    id: m.id,
    firm: toFirmDto(firm),
    role: m.role,
    isLead: m.role === 'lead',
    status: m.status,
    message: m.message,
    invitedAt: m.invitedAt.toISOString(),
    expiresAt: iso(m.expiresAt),
    respondedAt: iso(m.respondedAt),
    declineReason: m.declineReason,
    declineNote: m.declineNote,
  };
}

function viewerDto(
  actor: ConsortiumActor,
  viewer: ConsortiumViewer,
  c: Consortium,
  members: ConsortiumMember[],
  canSubmit: boolean,
) {
  const admin = can(actor.role, 'consortium:write-own');
  const leadAdmin = viewer.relation === 'lead' && admin;
  const seat = members.find((m) => m.id === viewer.memberId);
  const respondable =
    !!seat && seat.status === 'invited' && (!seat.expiresAt || seat.expiresAt.getTime() > Date.now());
  return {
    relation: viewer.relation,
    memberId: viewer.memberId,
    canEditTeam: leadAdmin && isTeamEditable(c.status),
    canSubmit: leadAdmin && canSubmit,
    canWithdraw: leadAdmin && canWithdraw(c.status),
    canRespond: viewer.relation === 'invited' && admin && respondable,
    canReview:
      viewer.relation === 'staff' &&
      (['submitted', 'under_review'].includes(c.status) ||
        (c.status === 'approved' && c.outcome !== 'contract_signed' && c.outcome !== 'not_selected')),
  };
}
