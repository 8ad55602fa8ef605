import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { previewTeam, type TeamReport } from '@app/matching';
import { MatchingIndexService } from '@app/matching-api';
import { ConsortiumEvent, type ConsortiumEventType } from './consortium-event.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { loadConsortiumProject, type ConsortiumProject } from './consortium-project';
import {
  canTransition,
  LIVE_MEMBER_STATUSES,
  nextTeamStatus,
  type ConsortiumStatus,
} from './consortium-state-machine';
import { Consortium } from './consortium.entity';

/** One reason a team cannot be submitted yet, in both languages. */
export interface TeamProblem {
  code: string;
  field: string;
  en: string;
  ko: string;
}

export interface TeamAssessment {
  /** The matching engine's preview over accepted + invited members (null when none is a verified firm). */
  report: TeamReport | null;
  pending: number;
  /** Every check except pending invitations passes. */
  checksPass: boolean;
  /** Pending invitations first, then every failing check. */
  problems: TeamProblem[];
}

export interface EventInput {
  type: ConsortiumEventType;
  /** New status; unchanged when omitted. */
  to?: ConsortiumStatus;
  reason?: string | null;
  data?: Record<string, unknown>;
}

const isLive = (m: ConsortiumMember) => LIVE_MEMBER_STATUSES.includes(m.status);

/** Lead first, then by invitation time: the order the team is shown and previewed in. */
export const memberOrder = (a: ConsortiumMember, b: ConsortiumMember) =>
  Number(b.role === 'lead') - Number(a.role === 'lead') ||
  a.invitedAt.getTime() - b.invitedAt.getTime() ||
  (a.id && b.id ? a.id.localeCompare(b.id) : 0);

/**
 * What every team-changing action shares: the team's checks from the matching engine, the derived
 * status, and the version bump + audit event written in the caller's transaction.
 */
@Injectable()
export class ConsortiumTeamService {
  constructor(private readonly matching: MatchingIndexService) {}

  members(tx: EntityManager, consortiumId: string): Promise<ConsortiumMember[]> {
    return tx.find(ConsortiumMember, { where: { consortiumId } }).then((rows) => rows.sort(memberOrder));
  }

  async assess(project: ConsortiumProject, members: ConsortiumMember[]): Promise<TeamAssessment> {
    await this.matching.settled();
    const live = members.filter(isLive).sort(memberOrder);
    const known = live.filter((m) => this.matching.firm(m.firmId));
    // Same tick as the filter above, so previewTeam cannot meet a firm that just left the index.
    const report = known.length
      ? previewTeam(
          this.matching.index,
          project.input,
          known.map((m) => ({ firmId: m.firmId, role: m.role })),
          this.matching.labels,
        )
      : null;
    const pending = live.filter((m) => m.status === 'invited').length;
    const problems: TeamProblem[] = [];
    if (pending) {
      problems.push({
        code: 'pending_invitations',
        field: 'members',
        en: `${pending} invitation(s) still pending`,
        ko: `응답 대기 중인 초대 ${pending}건`,
      });
    }
    const unverified = live.length - known.length;
    if (unverified) {
      problems.push({
        code: 'firm_not_verified',
        field: 'members',
        en: `${unverified} member firm(s) are not verified`,
        ko: `검증되지 않은 구성원 ${unverified}개사`,
      });
    }
    if (live.length < 2) {
      problems.push({
        code: 'min_partners',
        field: 'members',
        en: 'A consortium needs at least one partner besides the lead',
        ko: '주관사 외에 최소 1개 참여사가 필요합니다',
      });
    }
    for (const rule of report?.rules ?? []) {
      if (!rule.passed)
        problems.push({
          code: rule.rule,
          field: `rules.${rule.rule}`,
          en: rule.detail.en,
          ko: rule.detail.ko,
        });
    }
    return { report, pending, checksPass: problems.every((p) => p.code === 'pending_invitations'), problems };
  }

  /** Re-derives draft/inviting/ready after a membership change and records the change. */
  async recompute(
    tx: EntityManager,
    c: Consortium,
    actorId: string | null,
    event: EventInput,
  ): Promise<TeamAssessment> {
    const team = await this.assess(
      await loadConsortiumProject(tx, c.projectId),
      await this.members(tx, c.id),
    );
    await this.record(tx, c, actorId, { ...event, to: nextTeamStatus(c.status, team) });
    return team;
  }

  /** Bumps the version, applies the transition (409 when not allowed) and appends the event. */
  async record(
    tx: EntityManager,
    c: Consortium,
    actorId: string | null,
    event: EventInput,
    patch: Partial<Consortium> = {},
  ): Promise<void> {
    const from = c.status;
    const to = event.to ?? from;
    if (to !== from && !canTransition(from, to))
      throw new ConflictException(
        `This consortium is ${from.replace('_', ' ')} and cannot become ${to.replace('_', ' ')}`,
      );
    await tx.update(Consortium, { id: c.id }, { ...patch, status: to, version: c.version + 1 });
    Object.assign(c, patch, { status: to, version: c.version + 1 });
    await tx.insert(ConsortiumEvent, {
      consortiumId: c.id,
      actorId,
      type: event.type,
      fromStatus: from,
      toStatus: to,
      reason: event.reason ?? null,
      data: (event.data ?? {}) as object,
    });
  }
}
