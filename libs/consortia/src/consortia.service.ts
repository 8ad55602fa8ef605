import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import { can } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { offsetOf } from '@app/database';
import { Firm } from '@app/firms';
import { TaxonomyService } from '@app/taxonomy';
import {
  assertLeadAdmin,
  findVisibleConsortium,
  isReviewer,
  type ConsortiumActor,
} from './consortium-access';
import { ConsortiumEvent } from './consortium-event.entity';
import type { CreateConsortiumDto, ChangeMemberRoleDto, WithdrawConsortiumDto } from './consortium-input.dto';
import { ConsortiumMember } from './consortium-member.entity';
import { ConsortiumNotifier } from './consortium-notifier';
import { loadConsortiumProject, projectProblems } from './consortium-project';
import {
  canWithdraw,
  deriveTeamStatus,
  isTeamEditable,
  LIVE_MEMBER_STATUSES,
} from './consortium-state-machine';
import { ConsortiumTeamService } from './consortium-team.service';
import { ConsortiumViewsService } from './consortium-views.service';
import { Consortium } from './consortium.entity';
import type { ConsortiumDetailDto, ConsortiumListDto } from './consortium.dto';
import {
  assertInvitableFirms,
  assertMemberRoles,
  expiryFrom,
  linkBase,
  rethrowSeatConflict,
  sendClaimInvites,
} from './invite-checks';
import type { ListConsortiaQueryDto } from './list-consortia.query';

/** Creating, reading and listing consortia; withdrawal; removing and re-roling members. */
@Injectable()
export class ConsortiaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly views: ConsortiumViewsService,
    private readonly notifier: ConsortiumNotifier,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The actor's firm leads; `members` are invited in the same transaction ("one click" from a suggestion). */
  async create(actor: ConsortiumActor, dto: CreateConsortiumDto): Promise<ConsortiumDetailDto> {
    const leadFirmId = actor.firmId;
    if (!leadFirmId || !can(actor.role, 'consortium:write-own'))
      throw new ForbiddenException("Only a firm's admin can create a consortium");
    const invites = (dto.members ?? []).map((m, i) => ({ ...m, field: `members[${i}]` }));
    await assertMemberRoles(this.taxonomy, invites);
    const id = await this.dataSource
      .transaction(async (tx) => {
        const lead = await tx.findOneByOrFail(Firm, { id: leadFirmId });
        if (lead.verificationStatus !== 'verified')
          throw new ForbiddenException(
            'Your firm must be verified by program staff before it can lead a consortium',
          );
        const project = await loadConsortiumProject(tx, dto.projectId);
        const blocked = projectProblems(project.project);
        if (blocked.length)
          throw new UnprocessableEntityException({
            message: blocked.map((p) => p.en).join('; '),
            details: blocked.map((p) => ({ field: p.field, message: p.en })),
          });
        if (
          await tx.existsBy(ConsortiumMember, {
            projectId: project.project.id,
            firmId: leadFirmId,
            status: In([...LIVE_MEMBER_STATUSES]),
          })
        ) {
          throw new ConflictException('Your firm already has a live consortium for this project');
        }
        await assertInvitableFirms(tx, project.project.id, leadFirmId, invites);

        const now = new Date();
        const c = tx.create(Consortium, {
          projectId: project.project.id,
          leadFirmId,
          name: dto.name ?? `${lead.name} consortium`,
          createdById: actor.id,
          version: 1,
        });
        // Invitations 1 ms apart keep the request's member order (members are shown by invitation time).
        const seat = (firmId: string, role: string, message: string | null, i = 0) =>
          tx.create(ConsortiumMember, {
            projectId: c.projectId,
            firmId,
            role,
            invitedById: actor.id,
            invitedAt: new Date(now.getTime() + i),
            message,
          });
        const leadSeat = Object.assign(seat(leadFirmId, 'lead', null), {
          status: 'accepted' as const,
          respondedAt: now,
        });
        const invited = invites.map((i, n) => {
          const m = seat(i.firmId, i.role, i.message ?? null, n + 1);
          return Object.assign(m, { status: 'invited' as const, expiresAt: this.expiry(m.invitedAt) });
        });
        const team = await this.team.assess(project, [leadSeat, ...invited]);
        c.status = deriveTeamStatus(team);
        await tx.save(c);
        // The lead's seat first: the unique index then reports the lead's own race before an invitee's.
        await tx
          .save(ConsortiumMember, Object.assign(leadSeat, { consortiumId: c.id }))
          .catch((e) =>
            rethrowSeatConflict(e, 'Your firm already has a live consortium for this project', 'projectId'),
          );
        for (const m of invited) await tx.save(ConsortiumMember, Object.assign(m, { consortiumId: c.id }));
        await tx.insert(ConsortiumEvent, [
          {
            consortiumId: c.id,
            actorId: actor.id,
            type: 'created',
            fromStatus: null,
            toStatus: c.status,
            data: { leadFirmId, name: c.name },
          },
          ...invited.map((m) => ({
            consortiumId: c.id,
            actorId: actor.id,
            type: 'member_invited' as const,
            fromStatus: c.status,
            toStatus: c.status,
            data: { memberId: m.id, firmId: m.firmId, role: m.role },
          })),
        ]);
        await this.notifier.invited(tx, c, invited);
        await sendClaimInvites(tx, c, actor.id, invited, invites, linkBase(this.config));
        return c.id;
      })
      .catch(rethrowSeatConflict);
    return this.views.detail(actor, id);
  }

  get(actor: ConsortiumActor, id: string): Promise<ConsortiumDetailDto> {
    return this.views.detail(actor, id);
  }

  /** Staff: every consortium (the review queue, oldest submission first). Firms: the ones they lead or sit in. */
  async list(actor: ConsortiumActor, query: ListConsortiaQueryDto): Promise<ConsortiumListDto> {
    const staff = isReviewer(actor);
    if (!staff && (!actor.firmId || !can(actor.role, 'consortium:read-own')))
      throw new ForbiddenException('Requires permission consortium:read-own');
    const qb = this.dataSource.manager.createQueryBuilder(Consortium, 'c');
    if (!staff) {
      qb.where(
        new Brackets((w) =>
          w
            .where('c.leadFirmId = :firm')
            .orWhere(
              `EXISTS (SELECT 1 FROM consortium_members m WHERE m.consortium_id = c.id AND m.firm_id = :firm AND m.status IN ('invited','accepted','withdrawn'))`,
            ),
        ),
        { firm: actor.firmId },
      );
    }
    if (query.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: query.status });
    if (query.project) qb.andWhere('c.projectId = :project', { project: query.project });
    if (query.country?.length)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM projects p WHERE p.id = c.project_id AND p.country_code IN (:...countries))',
        { countries: query.country },
      );
    if (staff) qb.orderBy('c.submittedAt', 'ASC', 'NULLS LAST').addOrderBy('c.createdAt', 'ASC');
    else qb.orderBy('c.updatedAt', 'DESC');
    qb.addOrderBy('c.id', 'ASC').skip(offsetOf(query)).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return {
      items: await this.views.summaries(this.dataSource.manager, rows),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Pre-decision only; frees every seat so the firms can join another consortium for the project. */
  async withdraw(
    actor: ConsortiumActor,
    id: string,
    dto: WithdrawConsortiumDto,
  ): Promise<ConsortiumDetailDto> {
    await this.dataSource.transaction(async (tx) => {
      const { consortium: c, viewer } = await findVisibleConsortium(tx, actor, id, true);
      assertLeadAdmin(actor, viewer, 'withdraw the consortium');
      if (!canWithdraw(c.status))
        throw new ConflictException(
          `This consortium is already ${c.status.replace('_', ' ')} and cannot be withdrawn`,
        );
      const seats = await tx.find(ConsortiumMember, {
        where: { consortiumId: id, status: In([...LIVE_MEMBER_STATUSES]) },
      });
      await this.team.record(tx, c, actor.id, {
        type: 'withdrawn',
        to: 'withdrawn',
        reason: dto.reason ?? null,
      });
      if (seats.length)
        await tx.update(ConsortiumMember, { id: In(seats.map((s) => s.id)) }, { status: 'withdrawn' });
      await this.notifier.changed(
        tx,
        c,
        seats.filter((s) => s.firmId !== c.leadFirmId).map((s) => s.firmId),
        'withdrawn',
      );
    });
    return this.views.detail(actor, id);
  }

  async removeMember(actor: ConsortiumActor, id: string, memberId: string): Promise<ConsortiumDetailDto> {
    await this.dataSource.transaction(async (tx) => {
      const { c, member } = await this.editableSeat(tx, actor, id, memberId, 'remove members');
      if (member.status !== 'invited' && member.status !== 'accepted')
        throw new ConflictException(`This member is already ${member.status}`);
      await tx.update(ConsortiumMember, { id: member.id }, { status: 'removed' });
      await this.team.recompute(tx, c, actor.id, {
        type: 'member_removed',
        data: { memberId, firmId: member.firmId, previousStatus: member.status },
      });
      await this.notifier.changed(tx, c, [member.firmId], 'removed');
    });
    return this.views.detail(actor, id);
  }

  async changeRole(
    actor: ConsortiumActor,
    id: string,
    memberId: string,
    dto: ChangeMemberRoleDto,
  ): Promise<ConsortiumDetailDto> {
    await assertMemberRoles(this.taxonomy, [{ role: dto.role, field: '' }]);
    await this.dataSource.transaction(async (tx) => {
      const { c, member } = await this.editableSeat(tx, actor, id, memberId, 'change roles');
      if (member.status !== 'invited' && member.status !== 'accepted')
        throw new ConflictException(`This member is ${member.status}; invite the firm again instead`);
      if (member.role === dto.role) return;
      await tx.update(ConsortiumMember, { id: member.id }, { role: dto.role });
      await this.team.recompute(tx, c, actor.id, {
        type: 'member_role_changed',
        data: { memberId, firmId: member.firmId, from: member.role, to: dto.role },
      });
    });
    return this.views.detail(actor, id);
  }

  /** Locks the consortium, checks the lead admin and the editable status, and finds a non-lead seat. */
  private async editableSeat(
    tx: EntityManager,
    actor: ConsortiumActor,
    id: string,
    memberId: string,
    what: string,
  ) {
    const { consortium: c, viewer } = await findVisibleConsortium(tx, actor, id, true);
    assertLeadAdmin(actor, viewer, what);
    if (!isTeamEditable(c.status))
      throw new ConflictException(
        `The team cannot change while the consortium is ${c.status.replace('_', ' ')}`,
      );
    const member = await tx.findOne(ConsortiumMember, {
      where: { id: memberId, consortiumId: id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new NotFoundException('Member not found');
    if (member.role === 'lead')
      throw new BadRequestException(
        'The lead firm cannot be removed or re-roled; withdraw the consortium instead',
      );
    return { c, member };
  }

  private expiry(now: Date): Date {
    return expiryFrom(now, this.config.env.INVITATION_EXPIRY_DAYS);
  }
}
