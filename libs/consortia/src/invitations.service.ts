import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { can } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { offsetOf } from '@app/database';
import { Project } from '@app/projects';
import { TaxonomyService } from '@app/taxonomy';
import {
  assertLeadAdmin,
  findVisibleConsortium,
  isReviewer,
  type ConsortiumActor,
} from './consortium-access';
import type { ConsortiumInviteDto, DeclineInvitationDto } from './consortium-input.dto';
import { ConsortiumMember } from './consortium-member.entity';
import { ConsortiumNotifier } from './consortium-notifier';
import { loadConsortiumProject, projectProblems } from './consortium-project';
import { isTeamEditable } from './consortium-state-machine';
import { ConsortiumTeamService } from './consortium-team.service';
import {
  ConsortiumViewsService,
  firmsById,
  toFirmDto,
  toProjectDto,
  usersById,
} from './consortium-views.service';
import { Consortium } from './consortium.entity';
import type {
  ConsortiumDetailDto,
  ConsortiumInvitationDto,
  ConsortiumInvitationListDto,
} from './consortium.dto';
import {
  assertInvitableFirms,
  assertMemberRoles,
  expiryFrom,
  linkBase,
  rethrowSeatConflict,
  sendClaimInvites,
} from './invite-checks';
import type { ListInvitationsQueryDto } from './list-consortia.query';

const RECENT_DAYS = 90;

/** Invitations: the lead invites, the invited firm's admin accepts or declines, the firm's inbox. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly views: ConsortiumViewsService,
    private readonly notifier: ConsortiumNotifier,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(actor: ConsortiumActor, id: string, dto: ConsortiumInviteDto): Promise<ConsortiumDetailDto> {
    await assertMemberRoles(this.taxonomy, [{ role: dto.role, field: '' }]);
    await this.dataSource
      .transaction(async (tx) => {
        const { consortium: c, viewer } = await findVisibleConsortium(tx, actor, id, true);
        assertLeadAdmin(actor, viewer, 'invite firms');
        if (!isTeamEditable(c.status))
          throw new ConflictException(
            `Firms cannot be invited while the consortium is ${c.status.replace('_', ' ')}`,
          );
        const blocked = projectProblems((await loadConsortiumProject(tx, c.projectId)).project);
        if (blocked.length)
          throw new UnprocessableEntityException({
            message: blocked.map((p) => p.en).join('; '),
            details: blocked.map((p) => ({ field: p.field, message: p.en })),
          });
        const inputs = [{ firmId: dto.firmId, role: dto.role, contactEmail: dto.contactEmail, field: '' }];
        await assertInvitableFirms(tx, c.projectId, c.leadFirmId, inputs);
        const now = new Date();
        const member = await tx.save(
          tx.create(ConsortiumMember, {
            consortiumId: c.id,
            projectId: c.projectId,
            firmId: dto.firmId,
            role: dto.role,
            status: 'invited',
            message: dto.message ?? null,
            invitedById: actor.id,
            invitedAt: now,
            expiresAt: expiryFrom(now, this.config.env.INVITATION_EXPIRY_DAYS),
          }),
        );
        await this.team.recompute(tx, c, actor.id, {
          type: 'member_invited',
          data: { memberId: member.id, firmId: member.firmId, role: member.role },
        });
        await this.notifier.invited(tx, c, [member]);
        await sendClaimInvites(tx, c, actor.id, [member], inputs, linkBase(this.config));
      })
      .catch((e) => rethrowSeatConflict(e));
    return this.views.detail(actor, id);
  }

  /** Accepting twice answers the same 200; an expired invitation answers 409. */
  async accept(actor: ConsortiumActor, id: string, memberId: string): Promise<ConsortiumInvitationDto> {
    await this.dataSource.transaction(async (tx) => {
      const { c, member } = await this.ownInvitation(tx, actor, id, memberId);
      if (member.status === 'accepted') return;
      this.assertPending(member);
      if (!(await this.firmVerified(tx, member.firmId))) {
        throw new ForbiddenException(
          'Your firm must be verified by program staff before it can join a consortium',
        );
      }
      await tx.update(ConsortiumMember, { id: member.id }, { status: 'accepted', respondedAt: new Date() });
      await this.team.recompute(tx, c, actor.id, {
        type: 'invitation_accepted',
        data: { memberId, firmId: member.firmId, role: member.role },
      });
      await this.notifier.answered(tx, c, { ...member, status: 'accepted' });
    });
    return this.one(memberId);
  }

  async decline(
    actor: ConsortiumActor,
    id: string,
    memberId: string,
    dto: DeclineInvitationDto,
  ): Promise<ConsortiumInvitationDto> {
    await this.dataSource.transaction(async (tx) => {
      const { c, member } = await this.ownInvitation(tx, actor, id, memberId);
      this.assertPending(member);
      const answer = {
        status: 'declined' as const,
        respondedAt: new Date(),
        declineReason: dto.reason,
        declineNote: dto.note ?? null,
      };
      await tx.update(ConsortiumMember, { id: member.id }, answer);
      await this.team.recompute(tx, c, actor.id, {
        type: 'invitation_declined',
        reason: dto.note ?? null,
        data: { memberId, firmId: member.firmId, declineReason: dto.reason },
      });
      await this.notifier.answered(tx, c, { ...member, ...answer });
    });
    return this.one(memberId);
  }

  /** The firm's inbox: pending invitations (soonest expiry first), then answers from the last 90 days. */
  async inbox(actor: ConsortiumActor, query: ListInvitationsQueryDto): Promise<ConsortiumInvitationListDto> {
    if (!actor.firmId || isReviewer(actor)) throw new ForbiddenException('Invitations belong to firms');
    const qb = this.dataSource.manager
      .createQueryBuilder(ConsortiumMember, 'm')
      .where('m.firmId = :firm', { firm: actor.firmId })
      .andWhere("m.role <> 'lead'");
    if (query.status?.length) qb.andWhere('m.status IN (:...statuses)', { statuses: query.status });
    else qb.andWhere(`(m.status = 'invited' OR m.invitedAt > now() - make_interval(days => ${RECENT_DAYS}))`);
    qb.orderBy(`CASE WHEN m.status = 'invited' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE WHEN m.status = 'invited' THEN m.expires_at END`, 'ASC')
      .addOrderBy('COALESCE(m.responded_at, m.invited_at)', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .offset(offsetOf(query))
      .limit(query.limit);
    const [rows, total] = await Promise.all([qb.getMany(), qb.getCount()]);
    return {
      items: await this.toDtos(this.dataSource.manager, rows),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Only an admin of the invited firm answers (staff and the lead cannot answer for it). */
  private async ownInvitation(tx: EntityManager, actor: ConsortiumActor, id: string, memberId: string) {
    if (isReviewer(actor) || !can(actor.role, 'consortium:write-own'))
      throw new ForbiddenException('Only an admin of the invited firm can answer an invitation');
    const c = await tx.findOne(Consortium, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const member =
      c &&
      (await tx.findOne(ConsortiumMember, {
        where: { id: memberId, consortiumId: id },
        lock: { mode: 'pessimistic_write' },
      }));
    if (!c || !member || member.role === 'lead') throw new NotFoundException('Invitation not found');
    if (member.firmId !== actor.firmId) {
      // The lead (and other members) can see the seat but not answer for another firm; outsiders learn nothing.
      await findVisibleConsortium(tx, actor, id);
      throw new ForbiddenException('Only an admin of the invited firm can answer this invitation');
    }
    return { c, member };
  }

  private assertPending(member: ConsortiumMember): void {
    if (
      member.status === 'expired' ||
      (member.status === 'invited' && member.expiresAt && member.expiresAt.getTime() <= Date.now())
    ) {
      throw new ConflictException('This invitation has expired');
    }
    if (member.status !== 'invited')
      throw new ConflictException(`This invitation is already ${member.status}`);
  }

  private async firmVerified(tx: EntityManager, firmId: string): Promise<boolean> {
    return (await firmsById(tx, [firmId])).get(firmId)?.verificationStatus === 'verified';
  }

  private async one(memberId: string): Promise<ConsortiumInvitationDto> {
    const m = this.dataSource.manager;
    return (await this.toDtos(m, [await m.findOneByOrFail(ConsortiumMember, { id: memberId })]))[0];
  }

  /** Consortia, projects, lead firms and inviters for a page of invitations: four IN queries. */
  private async toDtos(manager: EntityManager, rows: ConsortiumMember[]): Promise<ConsortiumInvitationDto[]> {
    if (!rows.length) return [];
    const consortia = new Map(
      (await manager.findBy(Consortium, { id: In([...new Set(rows.map((r) => r.consortiumId))]) })).map(
        (c) => [c.id, c],
      ),
    );
    const projects = new Map(
      (await manager.findBy(Project, { id: In([...new Set(rows.map((r) => r.projectId))]) })).map((p) => [
        p.id,
        p,
      ]),
    );
    const leads = await firmsById(
      manager,
      [...consortia.values()].map((c) => c.leadFirmId),
    );
    const users = await usersById(
      manager,
      rows.map((r) => r.invitedById),
    );
    return rows.map((r) => {
      const c = consortia.get(r.consortiumId)!;
      return {
        id: r.id,
        consortium: { id: c.id, name: c.name, status: c.status },
        project: toProjectDto(projects.get(r.projectId)!),
        leadFirm: toFirmDto(leads.get(c.leadFirmId)!),
        role: r.role,
        status: r.status,
        message: r.message,
        invitedBy: (r.invitedById && users.get(r.invitedById)) || null,
        invitedAt: r.invitedAt.toISOString(),
        expiresAt: r.expiresAt?.toISOString() ?? null,
        respondedAt: r.respondedAt?.toISOString() ?? null,
        declineReason: r.declineReason,
        declineNote: r.declineNote,
      };
    });
  }
}
