import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Firm } from '@app/firms';
import type { AuthUser } from './auth.decorators';
import { AuthService, duplicateEmail, hashPassword } from './auth.service';
import type { InviteMemberDto } from './dto/invite-member.dto';
import type { SetPasswordDto } from './dto/set-password.dto';
import { InvitedMemberDto, UserDto } from './dto/user.dto';
import { PasswordToken } from './entities/password-token.entity';
import { User } from './entities/user.entity';
import { spendOneTimeToken } from './one-time-tokens';
import { PasswordsService } from './passwords.service';
import { hashToken, newOpaqueToken, TokensService } from './tokens.service';

const SET_PASSWORD_TTL_MS = 7 * 86_400_000;

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly passwords: PasswordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: AuthUser, firmId: string): Promise<UserDto[]> {
    const firm = await this.ownFirm(actor, firmId, false);
    const users = await this.dataSource.manager.find(User, {
      where: { firmId },
      order: { createdAt: 'ASC' },
    });
    return users.map((u) => UserDto.from(u, firm));
  }

  /** Creates a colleague without a password and a one-time link to set one. */
  async invite(
    actor: AuthUser,
    firmId: string,
    dto: InviteMemberDto,
    origin: string,
  ): Promise<InvitedMemberDto> {
    const firm = await this.ownFirm(actor, firmId, true);
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + SET_PASSWORD_TTL_MS);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await this.auth.emailTaken(dto.email, manager)) throw duplicateEmail();
      const created = await manager.save(
        manager.create(User, {
          email: dto.email,
          name: dto.name,
          role: dto.role ?? 'firm_member',
          firmId,
          passwordHash: null,
        }),
      );
      await manager.insert(PasswordToken, {
        userId: created.id,
        tokenHash: hashToken(token),
        purpose: 'set_password',
        expiresAt,
      });
      return created;
    });
    const base = this.config.env.PUBLIC_URL ?? origin;
    return {
      user: UserDto.from(user, firm),
      setPasswordUrl: `${base}/set-password?token=${token}`,
      expiresAt,
    };
  }

  /** Spends a set-password token (only that purpose: reset and verification tokens have their own routes); signs out every session of that user. */
  async setPassword(dto: SetPasswordDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    const { userId, version } = await this.dataSource.transaction(async (manager) => {
      const row = await spendOneTimeToken(
        manager,
        dto.token,
        'set_password',
        'This link is invalid, expired or already used; ask your firm admin for a new one',
      );
      const version = await this.passwords.replace(manager, row.userId, passwordHash, false);
      await this.tokens.revokeAllForUser(row.userId, manager);
      return { userId: row.userId, version };
    });
    this.passwords.changed(userId, version);
  }

  private async ownFirm(actor: AuthUser, firmId: string, write: boolean): Promise<Firm> {
    const staff = actor.role === 'staff' || actor.role === 'admin';
    if (actor.firmId !== firmId && (write || !staff)) {
      throw new ForbiddenException('You can only manage members of your own firm');
    }
    const firm = await this.dataSource.manager.findOneBy(Firm, { id: firmId });
    if (!firm) throw new NotFoundException('Firm not found');
    return firm;
  }
}
