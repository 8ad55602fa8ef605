import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuthService,
  duplicateEmail,
  EmailVerificationService,
  hashPassword,
  TokensService,
  User,
  type Session,
} from '@app/auth';
import { Firm } from '@app/firms';
import type { RegisterDto } from './dto/register.dto';

/** Self-registration: a firm and its first admin. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly verification: EmailVerificationService,
  ) {}

  /** Creates the firm (pending verification) and its first admin, and queues the e-mail verification link, in one transaction. */
  async register(dto: RegisterDto, linkBase: string): Promise<Session> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.auth.emailTaken(dto.email, manager)) throw duplicateEmail();
      const firm = await manager.save(manager.create(Firm, { ...dto.firm, nameKo: dto.firm.nameKo ?? null }));
      const user = await manager.save(
        manager.create(User, {
          email: dto.email,
          name: dto.name,
          passwordHash,
          role: 'firm_admin',
          firmId: firm.id,
          passwordChangedAt: new Date(),
        }),
      );
      await this.verification.queue(manager, user, linkBase);
      return { user, tokens: await this.tokens.issue(user, manager) };
    });
  }
}
