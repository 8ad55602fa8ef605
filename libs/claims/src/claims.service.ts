import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  AuthService,
  duplicateEmail,
  hashPassword,
  hashToken,
  TokensService,
  User,
  type AuthUser,
  type Session,
} from '@app/auth';
import { offsetOf } from '@app/database';
import { Firm, isFirmOnPlatform, isStaff } from '@app/firms';
import { NotificationsService } from '@app/notifications';
import type {
  ClaimDecisionInputDto,
  ClaimDto,
  ClaimInvitationDto,
  ClaimListDto,
  ClaimSignUpDto,
  ListClaimsQueryDto,
} from './claim.dto';
import { emailDomain, emailMatchesWebsite, websiteHost } from './email-domain';
import { FirmClaim, FirmClaimEvent, FirmClaimInvite } from './firm-claim.entity';

const INVALID_TOKEN = 'This claim link is invalid, expired or already used';
const badToken = () =>
  new BadRequestException({
    message: INVALID_TOKEN,
    details: [{ field: 'token', message: 'token is invalid, expired or already used' }],
  });
const alreadyOnPlatform = () =>
  new ConflictException('This firm is already on the platform: its admins answer for it');

/** Postgres unique_violation on one of the claim indexes → one clear 409 instead of a 500. */
function rethrowClaimConflict(e: unknown): never {
  const raw = e as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const err = raw.driverError ?? raw;
  if (err.code === '23505' && err.constraint === 'ux_firm_claims_approved') throw alreadyOnPlatform();
  if (err.code === '23505' && err.constraint === 'ux_firm_claims_pending_user')
    throw new ConflictException('You already have a claim waiting for a decision');
  throw e;
}

/**
 * Claiming a firm profile nobody runs yet: sign-up through the e-mailed link (the request), the staff
 * queue and decision. On approval the claimant becomes the firm's admin, so the consortium invitation
 * that brought them is in their firm's inbox. Every step is an append-only firm_claim_events row.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly notifications: NotificationsService,
  ) {}

  /** What the claim page shows before sign-up; the token is not spent. */
  async invitation(token: string): Promise<ClaimInvitationDto> {
    const m = this.dataSource.manager;
    const invite = await this.liveInvite(m, token, false);
    const firm = await m.findOneByOrFail(Firm, { id: invite.firmId });
    const context = await this.inviteContext(m, invite);
    return {
      firm: firmDto(firm),
      email: invite.email,
      leadFirmName: context.leadFirmName,
      projectTitle: context.projectTitle,
      expiresAt: invite.expiresAt.toISOString(),
    };
  }

  /** Spends the link, creates the account (the invited address, verified by the link) and the pending claim. */
  async signUp(dto: ClaimSignUpDto): Promise<Session> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource
      .transaction(async (tx) => {
        const invite = await this.liveInvite(tx, dto.token, true);
        const firm = await tx.findOneOrFail(Firm, {
          where: { id: invite.firmId },
          lock: { mode: 'pessimistic_write' },
        });
        if (await isFirmOnPlatform(tx, firm.id)) throw alreadyOnPlatform();
        if (await this.auth.emailTaken(invite.email, tx)) throw duplicateEmail();
        const now = new Date();
        await tx.update(FirmClaimInvite, { id: invite.id }, { usedAt: now });
        const user = await tx.save(
          tx.create(User, {
            email: invite.email,
            name: dto.name,
            passwordHash,
            role: 'claimant',
            firmId: null,
            passwordChangedAt: now,
            emailVerifiedAt: now,
          }),
        );
        const claim = await tx.save(
          tx.create(FirmClaim, {
            firmId: firm.id,
            userId: user.id,
            inviteId: invite.id,
            email: invite.email,
            emailDomainMatches: emailMatchesWebsite(invite.email, firm.website),
            status: 'pending',
          }),
        );
        await tx.insert(FirmClaimEvent, {
          firmId: firm.id,
          claimId: claim.id,
          inviteId: invite.id,
          actorId: user.id,
          type: 'claim_requested',
          data: { email: invite.email, emailDomainMatches: claim.emailDomainMatches },
        });
        await this.notifications.notifyStaff(tx, {
          type: 'claim_requested',
          title: { ko: '기업 프로필 관리 신청', en: 'A firm profile is claimed' },
          body: {
            ko: `${user.name}(${user.email})님이 ${firm.nameKo ?? firm.name}의 관리자 권한을 신청했습니다.`,
            en: `${user.name} (${user.email}) asks to run ${firm.name} on the platform.`,
          },
          link: '/staff/claims',
          data: { claimId: claim.id, firmId: firm.id },
        });
        return { user, tokens: await this.tokens.issue(user, tx) };
      })
      .catch(rethrowClaimConflict);
  }

  async mine(actor: AuthUser): Promise<ClaimListDto> {
    const rows = await this.dataSource.manager.find(FirmClaim, {
      where: { userId: actor.id },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return {
      items: await this.toDtos(this.dataSource.manager, rows),
      total: rows.length,
      page: 1,
      limit: rows.length,
    };
  }

  /** The staff queue: pending first by default, oldest first (who waited longest). */
  async list(actor: AuthUser, query: ListClaimsQueryDto): Promise<ClaimListDto> {
    if (!isStaff(actor)) throw new ForbiddenException('Only program staff review claims');
    const m = this.dataSource.manager;
    const [rows, total] = await m.findAndCount(FirmClaim, {
      where: { status: In(query.status?.length ? query.status : ['pending']) },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    return { items: await this.toDtos(m, rows), total, page: query.page, limit: query.limit };
  }

  /**
   * One transaction, the firm row locked: of two approvals for the same firm one wins and the other
   * answers 409 (and ux_firm_claims_approved backs that up); a firm that has an admin is never taken over.
   */
  async decide(actor: AuthUser, id: string, dto: ClaimDecisionInputDto): Promise<ClaimDto> {
    if (!isStaff(actor)) throw new ForbiddenException('Only program staff decide claims');
    await this.dataSource
      .transaction(async (tx) => {
        const found = await tx.findOneBy(FirmClaim, { id });
        if (!found) throw new NotFoundException('Claim not found');
        const firm = await tx.findOneOrFail(Firm, {
          where: { id: found.firmId },
          lock: { mode: 'pessimistic_write' },
        });
        const claim = await tx.findOneOrFail(FirmClaim, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (claim.status !== 'pending') throw new ConflictException(`This claim is already ${claim.status}`);
        const now = new Date();
        const reason = dto.reason ?? null;
        if (dto.decision === 'approved') {
          if (await isFirmOnPlatform(tx, firm.id)) throw alreadyOnPlatform();
          const user = await tx.findOneOrFail(User, {
            where: { id: claim.userId },
            lock: { mode: 'pessimistic_write' },
          });
          if (user.firmId) throw new ConflictException('The claimant already belongs to a firm');
          await tx.update(User, { id: user.id }, { role: 'firm_admin', firmId: firm.id });
        }
        await tx.update(
          FirmClaim,
          { id },
          { status: dto.decision, reason, decidedById: actor.id, decidedAt: now },
        );
        await tx.insert(FirmClaimEvent, {
          firmId: firm.id,
          claimId: id,
          inviteId: claim.inviteId,
          actorId: actor.id,
          type: dto.decision === 'approved' ? 'claim_approved' : 'claim_rejected',
          reason,
          data: { userId: claim.userId },
        });
        if (dto.decision === 'approved') await this.supersedeOthers(tx, firm.id, id, actor.id, now);
        await this.notifications.notifyUsers(tx, [claim.userId], {
          type: 'claim_decided',
          title:
            dto.decision === 'approved'
              ? { ko: '기업 프로필 관리 승인', en: 'Your claim was approved' }
              : { ko: '기업 프로필 관리 신청 반려', en: 'Your claim was not approved' },
          body:
            dto.decision === 'approved'
              ? {
                  ko: `이제 ${firm.nameKo ?? firm.name}의 관리자입니다. 받은 컨소시엄 초대에 응답할 수 있습니다.${reason ? `\n${reason}` : ''}`,
                  en: `You now run ${firm.name} on the platform and can answer its consortium invitations.${reason ? `\n${reason}` : ''}`,
                }
              : { ko: `사유: ${reason}`, en: `Reason: ${reason}` },
          link: dto.decision === 'approved' ? '/invitations' : '/claims',
          data: { claimId: id, firmId: firm.id, decision: dto.decision },
        });
      })
      .catch(rethrowClaimConflict);
    const m = this.dataSource.manager;
    return (await this.toDtos(m, [await m.findOneByOrFail(FirmClaim, { id })]))[0];
  }

  /** Other open claims for a firm that now has an admin are closed, with the reason and an event each. */
  private async supersedeOthers(
    tx: EntityManager,
    firmId: string,
    winner: string,
    actorId: string,
    now: Date,
  ) {
    const others = await tx.find(FirmClaim, { where: { firmId, status: 'pending' } });
    const reason = 'Another claim for this firm was approved';
    for (const o of others.filter((x) => x.id !== winner)) {
      await tx.update(
        FirmClaim,
        { id: o.id },
        { status: 'rejected', reason, decidedById: actorId, decidedAt: now },
      );
      await tx.insert(FirmClaimEvent, {
        firmId,
        claimId: o.id,
        inviteId: o.inviteId,
        actorId,
        type: 'claim_superseded',
        reason,
        data: { approvedClaimId: winner },
      });
    }
  }

  private async liveInvite(m: EntityManager, token: string, lock: boolean): Promise<FirmClaimInvite> {
    const invite = await m.findOne(FirmClaimInvite, {
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invite) throw badToken();
    return invite;
  }

  private async inviteContext(m: EntityManager, invite: FirmClaimInvite) {
    if (!invite.consortiumId) return { leadFirmName: null, projectTitle: null };
    const [row] = await m.query<{ lead: string; title: string }[]>(
      `SELECT f.name AS lead, p.title FROM consortia c JOIN firms f ON f.id = c.lead_firm_id
         JOIN projects p ON p.id = c.project_id WHERE c.id = $1`,
      [invite.consortiumId],
    );
    return { leadFirmName: row?.lead ?? null, projectTitle: row?.title ?? null };
  }

  private async toDtos(m: EntityManager, rows: FirmClaim[]): Promise<ClaimDto[]> {
    if (!rows.length) return [];
    const firms = new Map(
      (await m.findBy(Firm, { id: In(rows.map((r) => r.firmId)) })).map((f) => [f.id, f]),
    );
    const users = new Map(
      (await m.findBy(User, { id: In(rows.map((r) => r.userId)) })).map((u) => [u.id, u]),
    );
    const inviteIds = rows.flatMap((r) => (r.inviteId ? [r.inviteId] : []));
    const invites = new Map(
      (inviteIds.length ? await m.findBy(FirmClaimInvite, { id: In(inviteIds) }) : []).map((i) => [i.id, i]),
    );
    const inviterIds = [...invites.values()].flatMap((i) => (i.invitedById ? [i.invitedById] : []));
    const inviters = new Map(
      (inviterIds.length ? await m.findBy(User, { id: In(inviterIds) }) : []).map((u) => [u.id, u.name]),
    );
    return rows.map((r) => {
      const firm = firms.get(r.firmId)!;
      const user = users.get(r.userId)!;
      const invite = r.inviteId ? invites.get(r.inviteId) : undefined;
      return {
        id: r.id,
        status: r.status,
        firm: firmDto(firm),
        claimant: { id: user.id, name: user.name, email: user.email },
        emailDomainMatches: r.emailDomainMatches,
        emailDomain: emailDomain(r.email),
        websiteHost: websiteHost(firm.website),
        invitedByName: (invite?.invitedById && inviters.get(invite.invitedById)) || null,
        consortiumId: invite?.consortiumId ?? null,
        reason: r.reason,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}

const firmDto = (f: Firm) => ({ id: f.id, name: f.name, nameKo: f.nameKo, website: f.website });
