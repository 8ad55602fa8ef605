import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Firm } from '@app/firms';
import type { Label } from '@app/matching';
import { MatchingIndexService } from '@app/matching-api';
import { NotificationsService, type NotificationInput } from '@app/notifications';
import { Project } from '@app/projects';
import { ConsortiumMember } from './consortium-member.entity';
import type { ConsortiumDecision, DeclineReason } from './consortium-state-machine';
import { Consortium } from './consortium.entity';

const DECLINE_LABELS: Record<DeclineReason, Label> = {
  no_capacity: { en: 'no capacity', ko: '수행 여력 부족' },
  not_our_field: { en: 'not our field', ko: '해당 분야 아님' },
  conflict_of_interest: { en: 'conflict of interest', ko: '이해 상충' },
  terms: { en: 'terms', ko: '조건 불일치' },
  other: { en: 'other', ko: '기타' },
};

const DECISION_LABELS: Record<ConsortiumDecision, Label> = {
  approved: { en: 'approved', ko: '승인' },
  rejected: { en: 'rejected', ko: '반려' },
  changes_requested: { en: 'returned for changes', ko: '보완 요청' },
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
const koName = (f: Firm) => f.nameKo ?? f.name;

/** Names the messages need, read in the same transaction. */
interface Context {
  c: Consortium;
  project: Project;
  lead: Firm;
}

/**
 * The consortium's notifications, written through NotificationsService in the caller's transaction:
 * they exist exactly when the action committed, and e-mails leave later from the outbox.
 */
@Injectable()
export class ConsortiumNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly matching: MatchingIndexService,
  ) {}

  async invited(tx: EntityManager, c: Consortium, members: ConsortiumMember[]): Promise<void> {
    if (!members.length) return;
    const ctx = await this.context(tx, c);
    const firms = await this.firms(
      tx,
      members.map((m) => m.firmId),
    );
    await this.notifications.notifyFirmAdminsEach(
      tx,
      members.map((m) => {
        const role = this.role(m.role);
        const firm = firms.get(m.firmId)!;
        return {
          firmId: m.firmId,
          notification: this.message(ctx, 'invitation_received', m, {
            title: {
              en: `${ctx.lead.name} invites you to a consortium`,
              ko: `${koName(ctx.lead)}의 컨소시엄 참여 초대`,
            },
            body: {
              en: `${ctx.lead.name} invites ${firm.name} to join "${c.name}" for ${ctx.project.title} as ${role.en}. Please answer by ${day(m.expiresAt)}.${m.message ? ` Message: ${m.message}` : ''}`,
              ko: `${koName(ctx.lead)}이(가) ${koName(firm)}을(를) "${c.name}" 컨소시엄(${ctx.project.titleKo ?? ctx.project.title})에 ${role.ko}(으)로 초대했습니다. ${day(m.expiresAt)}까지 응답해 주세요.${m.message ? ` 메시지: ${m.message}` : ''}`,
            },
            link: '/invitations',
          }),
        };
      }),
    );
  }

  async reminded(tx: EntityManager, c: Consortium, m: ConsortiumMember): Promise<void> {
    const ctx = await this.context(tx, c);
    await this.notifications.notifyFirmAdmins(
      tx,
      m.firmId,
      this.message(ctx, 'invitation_reminder', m, {
        title: { en: 'Invitation expiring soon', ko: '컨소시엄 초대 만료 임박' },
        body: {
          en: `The invitation from ${ctx.lead.name} to join "${c.name}" for ${ctx.project.title} expires on ${day(m.expiresAt)}.`,
          ko: `${koName(ctx.lead)}의 "${c.name}" 컨소시엄 초대가 ${day(m.expiresAt)}에 만료됩니다.`,
        },
        link: '/invitations',
      }),
    );
  }

  /** accepted / declined (with the reason) / expired: told to the lead firm's admins. */
  async answered(tx: EntityManager, c: Consortium, m: ConsortiumMember): Promise<void> {
    const ctx = await this.context(tx, c);
    const firm = (await this.firms(tx, [m.firmId])).get(m.firmId)!;
    const reason = m.declineReason ? DECLINE_LABELS[m.declineReason] : null;
    const note = m.declineNote ? ` (${m.declineNote})` : '';
    const text: Record<
      'accepted' | 'declined' | 'expired',
      Pick<NotificationInput, 'type' | 'title' | 'body'>
    > = {
      accepted: {
        type: 'invitation_accepted',
        title: { en: `${firm.name} joined your consortium`, ko: `${koName(firm)} 컨소시엄 참여 수락` },
        body: {
          en: `${firm.name} accepted your invitation to "${c.name}".`,
          ko: `${koName(firm)}이(가) "${c.name}" 초대를 수락했습니다.`,
        },
      },
      declined: {
        type: 'invitation_declined',
        title: { en: `${firm.name} declined your invitation`, ko: `${koName(firm)} 컨소시엄 초대 거절` },
        body: {
          en: `${firm.name} declined the invitation to "${c.name}". Reason: ${reason?.en}${note}.`,
          ko: `${koName(firm)}이(가) "${c.name}" 초대를 거절했습니다. 사유: ${reason?.ko}${note}.`,
        },
      },
      expired: {
        type: 'invitation_expired',
        title: { en: `Invitation to ${firm.name} expired`, ko: `${koName(firm)} 초대 만료` },
        body: {
          en: `${firm.name} did not answer the invitation to "${c.name}" in time.`,
          ko: `${koName(firm)}이(가) "${c.name}" 초대에 기한 내 응답하지 않았습니다.`,
        },
      },
    };
    const kind = m.status as keyof typeof text;
    await this.notifications.notifyFirmAdmins(
      tx,
      c.leadFirmId,
      this.message(ctx, text[kind].type, m, { ...text[kind], link: `/consortia/${c.id}` }),
    );
  }

  async submitted(tx: EntityManager, c: Consortium): Promise<void> {
    const ctx = await this.context(tx, c);
    await this.notifications.notifyStaff(
      tx,
      this.message(ctx, 'consortium_submitted', null, {
        title: { en: 'Consortium submitted for review', ko: '컨소시엄 검토 요청' },
        body: {
          en: `${ctx.lead.name} submitted "${c.name}" for ${ctx.project.title}.`,
          ko: `${koName(ctx.lead)}이(가) "${c.name}" 컨소시엄(${ctx.project.titleKo ?? ctx.project.title})의 검토를 요청했습니다.`,
        },
        link: `/consortia/${c.id}`,
      }),
    );
  }

  /** Decisions go to every user of every member firm, with the reason. */
  async decided(
    tx: EntityManager,
    c: Consortium,
    firmIds: string[],
    decision: ConsortiumDecision,
    reason: string,
  ): Promise<void> {
    const ctx = await this.context(tx, c);
    const label = DECISION_LABELS[decision];
    const n = this.message(ctx, 'consortium_decided', null, {
      title: { en: `Consortium ${label.en}`, ko: `컨소시엄 ${label.ko}` },
      body: {
        en: `"${c.name}" for ${ctx.project.title} was ${label.en}. Reason: ${reason}`,
        ko: `"${c.name}" 컨소시엄이 ${label.ko}되었습니다. 사유: ${reason}`,
      },
      link: `/consortia/${c.id}`,
      data: { decision },
    });
    for (const firmId of firmIds) await this.notifications.notifyFirm(tx, firmId, n);
  }

  /** Withdrawal or removal: the affected firms' admins learn that their seat is gone. */
  async changed(
    tx: EntityManager,
    c: Consortium,
    firmIds: string[],
    what: 'withdrawn' | 'removed',
  ): Promise<void> {
    if (!firmIds.length) return;
    const ctx = await this.context(tx, c);
    const text =
      what === 'withdrawn'
        ? {
            title: { en: 'Consortium withdrawn', ko: '컨소시엄 철회' },
            body: {
              en: `${ctx.lead.name} withdrew "${c.name}".`,
              ko: `${koName(ctx.lead)}이(가) "${c.name}" 컨소시엄을 철회했습니다.`,
            },
          }
        : {
            title: { en: 'Removed from a consortium', ko: '컨소시엄에서 제외됨' },
            body: {
              en: `${ctx.lead.name} removed your firm from "${c.name}".`,
              ko: `${koName(ctx.lead)}이(가) 귀사를 "${c.name}" 컨소시엄에서 제외했습니다.`,
            },
          };
    const n = this.message(ctx, 'consortium_changed', null, {
      ...text,
      link: what === 'removed' ? '/invitations' : `/consortia/${c.id}`,
      data: { change: what },
    });
    await this.notifications.notifyFirmAdminsEach(
      tx,
      firmIds.map((firmId) => ({ firmId, notification: n })),
    );
  }

  private message(
    ctx: Context,
    type: NotificationInput['type'],
    m: ConsortiumMember | null,
    n: Omit<NotificationInput, 'type'>,
  ): NotificationInput {
    return {
      ...n,
      type,
      data: {
        consortiumId: ctx.c.id,
        projectId: ctx.c.projectId,
        ...(m ? { memberId: m.id } : {}),
        ...n.data,
      },
    };
  }

  private role(code: string): Label {
    return this.matching.labels(code) ?? { en: code, ko: code };
  }

  private async context(tx: EntityManager, c: Consortium): Promise<Context> {
    // One connection per transaction: sequential reads.
    const project = await tx.findOneByOrFail(Project, { id: c.projectId });
    const lead = await tx.findOneByOrFail(Firm, { id: c.leadFirmId });
    return { c, project, lead };
  }

  private async firms(tx: EntityManager, ids: string[]): Promise<Map<string, Firm>> {
    return new Map((await tx.findBy(Firm, { id: In([...new Set(ids)]) })).map((f) => [f.id, f]));
  }
}
