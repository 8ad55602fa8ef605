import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createInvitedUser, User, type AuthUser } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Firm } from '@app/firms';
import type { InviteMemberDto } from './dto/invite-member.dto';
import { InvitedMemberDto, UserDto } from './dto/user.dto';

/** A firm's own people: its members list and colleagues invited by the firm admin. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
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
    const { user, token, expiresAt } = await this.dataSource.transaction((tx) =>
      createInvitedUser(tx, { email: dto.email, name: dto.name, role: dto.role ?? 'firm_member', firmId }),
    );
    const base = this.config.env.PUBLIC_URL ?? origin;
    return {
      user: UserDto.from(user, firm),
      setPasswordUrl: `${base}/set-password?token=${token}`,
      expiresAt,
    };
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
