import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService, createInvitedUser, User } from '@app/auth';
import type { Role } from '@app/common';
import { offsetOf } from '@app/database';
import { formatEmail, queueEmails } from '@app/mail';
import { AdminAuditEvent, type AdminAction } from './admin-audit-event.entity';
import type {
  AdminUserDto,
  AdminUserPageDto,
  ChangeRoleDto,
  CreatedStaffDto,
  CreateStaffDto,
  ListUsersQueryDto,
} from './admin.dto';

const FIRM_ROLES: Role[] = ['firm_member', 'firm_admin'];

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  firm_id: string | null;
  firm_name: string | null;
  email_verified_at: Date | null;
  has_password: boolean;
  deactivated_at: Date | null;
  active_sessions: number;
  created_at: Date;
}

const toDto = (r: UserRow): AdminUserDto => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  firmId: r.firm_id,
  firmName: r.firm_name,
  emailVerified: r.email_verified_at != null,
  hasPassword: r.has_password,
  deactivatedAt: r.deactivated_at?.toISOString() ?? null,
  activeSessions: r.active_sessions,
  createdAt: r.created_at.toISOString(),
});

const USER_SELECT = `
  SELECT u.id, u.email, u.name, u.role, u.firm_id, f.name AS firm_name, u.email_verified_at,
         (u.password_hash IS NOT NULL) AS has_password, u.deactivated_at, u.created_at,
         (SELECT count(*)::int FROM refresh_sessions s
           WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS active_sessions
    FROM users u LEFT JOIN firms f ON f.id = u.firm_id`;

const refuse = (field: string, message: string) =>
  new BadRequestException({ message, details: [{ field, message }] });

/**
 * Admin work on accounts. Every change is one transaction with its audit row; changes that alter
 * what a user may do (role, deactivation) also end the user's sessions and access tokens.
 */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  async list(q: ListUsersQueryDto): Promise<AdminUserPageDto> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.q) {
      params.push(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
    }
    if (q.role) {
      params.push(q.role);
      where.push(`u.role = $${params.length}`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const m = this.dataSource.manager;
    const [{ total }] = await m.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM users u ${filter}`,
      params,
    );
    const rows = await m.query<UserRow[]>(
      `${USER_SELECT} ${filter} ORDER BY u.created_at DESC, u.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, offsetOf(q)],
    );
    return { items: rows.map(toDto), total, page: q.page, limit: q.limit };
  }

  async createStaff(actorId: string, dto: CreateStaffDto, baseUrl: string): Promise<CreatedStaffDto> {
    return this.dataSource.transaction(async (tx) => {
      const invited = await createInvitedUser(tx, {
        email: dto.email,
        name: dto.name,
        role: dto.role,
        firmId: null,
      });
      const setPasswordUrl = `${baseUrl}/set-password?token=${encodeURIComponent(invited.token)}`;
      await queueEmails(tx, [
        {
          to: dto.email,
          ...formatEmail(
            {
              title: { ko: 'Consortium Match 직원 계정', en: 'Your Consortium Match staff account' },
              body: {
                ko: '직원 계정이 만들어졌습니다. 아래 링크에서 비밀번호를 정하세요. 링크는 7일 동안 한 번만 사용할 수 있습니다.',
                en: 'A staff account was created for you. Choose a password with the link below; it works once, for 7 days.',
              },
              link: setPasswordUrl,
            },
            baseUrl,
          ),
        },
      ]);
      await audit(tx, actorId, invited.user.id, 'staff_created', { role: dto.role });
      return {
        user: await this.view(tx, invited.user.id),
        setPasswordUrl,
        expiresAt: invited.expiresAt.toISOString(),
      };
    });
  }

  async changeRole(actorId: string, userId: string, dto: ChangeRoleDto): Promise<AdminUserDto> {
    if (actorId === userId) throw refuse('role', 'you cannot change your own role');
    const { result, version } = await this.dataSource.transaction(async (tx) => {
      const user = await this.lock(tx, userId);
      if (user.role === dto.role) return { result: await this.view(tx, userId), version: null };
      if (FIRM_ROLES.includes(user.role) !== FIRM_ROLES.includes(dto.role))
        throw refuse(
          'role',
          FIRM_ROLES.includes(user.role)
            ? 'a firm account takes firm_member or firm_admin'
            : 'a staff account takes staff or admin',
        );
      if (user.role === 'firm_admin') await this.assertOtherFirmAdmin(tx, user);
      await tx.update(User, { id: userId }, { role: dto.role });
      const v = await this.auth.revokeEverywhere(tx, userId);
      await audit(tx, actorId, userId, 'role_changed', { from: user.role, to: dto.role });
      return { result: await this.view(tx, userId), version: v };
    });
    if (version !== null) this.auth.tokenVersionChanged(userId, version);
    return result;
  }

  async setActive(actorId: string, userId: string, active: boolean): Promise<AdminUserDto> {
    if (actorId === userId) throw refuse('id', 'you cannot deactivate your own account');
    const { result, version } = await this.dataSource.transaction(async (tx) => {
      const user = await this.lock(tx, userId);
      if (!user.deactivatedAt === active) return { result: await this.view(tx, userId), version: null };
      if (!active && user.role === 'firm_admin') await this.assertOtherFirmAdmin(tx, user);
      await tx.update(User, { id: userId }, { deactivatedAt: active ? null : new Date() });
      const v = active ? null : await this.auth.revokeEverywhere(tx, userId);
      await audit(tx, actorId, userId, active ? 'user_reactivated' : 'user_deactivated', {});
      return { result: await this.view(tx, userId), version: v };
    });
    if (version !== null) this.auth.tokenVersionChanged(userId, version);
    // Reactivation: the cached "no such user" entry must go too.
    else if (active) this.auth.tokenVersionChanged(userId, await this.currentVersion(userId));
    return result;
  }

  async revokeSessions(actorId: string, userId: string): Promise<AdminUserDto> {
    const { result, version } = await this.dataSource.transaction(async (tx) => {
      await this.lock(tx, userId);
      const v = await this.auth.revokeEverywhere(tx, userId);
      await audit(tx, actorId, userId, 'sessions_revoked', {});
      return { result: await this.view(tx, userId), version: v };
    });
    this.auth.tokenVersionChanged(userId, version);
    return result;
  }

  private async lock(tx: EntityManager, id: string): Promise<User> {
    const user = await tx.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  /** A firm keeps at least one active admin (otherwise nobody can edit it or invite colleagues). */
  private async assertOtherFirmAdmin(tx: EntityManager, user: User): Promise<void> {
    const [{ n }] = await tx.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE firm_id = $1 AND role = 'firm_admin' AND deactivated_at IS NULL AND id <> $2`,
      [user.firmId, user.id],
    );
    if (n === 0)
      throw new ConflictException({
        message: "This is the firm's only admin; make a colleague admin first",
        details: [{ field: 'role', message: "the firm's only admin" }],
      });
  }

  private async currentVersion(userId: string): Promise<number> {
    const u = await this.dataSource.manager.findOneBy(User, { id: userId });
    return u?.passwordChangedAt?.getTime() ?? 0;
  }

  private async view(m: EntityManager, id: string): Promise<AdminUserDto> {
    const [row] = await m.query<UserRow[]>(`${USER_SELECT} WHERE u.id = $1`, [id]);
    return toDto(row);
  }
}

async function audit(
  tx: EntityManager,
  actorId: string,
  targetUserId: string,
  action: AdminAction,
  data: Record<string, unknown>,
): Promise<void> {
  await tx.save(tx.create(AdminAuditEvent, { actorId, targetUserId, action, data }));
}
