import { ConflictException, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { Firm } from '@app/firms';
import type { RegisterDto } from './dto/register.dto';
import { AuthResponseDto, UserDto } from './dto/user.dto';
import { EmailVerificationService } from './email-verification.service';
import { User } from './entities/user.entity';
import { TokensService, type IssuedTokens } from './tokens.service';

export const INVALID_CREDENTIALS = 'Invalid email or password';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash keeps unknown e-mails as slow as wrong passwords.
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

export interface SignedIn {
  response: AuthResponseDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export function duplicateEmail(): ConflictException {
  return new ConflictException({
    message: 'An account with this e-mail address already exists',
    details: [{ field: 'email', message: 'email is already registered' }],
  });
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly verification: EmailVerificationService,
  ) {}

  /** Creates the firm (pending verification) and its first admin, and queues the e-mail verification link, in one transaction. */
  async register(dto: RegisterDto, linkBase: string): Promise<SignedIn> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.emailTaken(dto.email, manager)) throw duplicateEmail();
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
      return this.signedIn(user, firm, await this.tokens.issue(user, manager));
    });
  }

  async validateCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: String(email).trim() })
      .getOne();
    const hash = user?.passwordHash ?? (await DUMMY_HASH);
    const ok = await argon2.verify(hash, String(password)).catch(() => false);
    return ok && user?.passwordHash ? user : null;
  }

  async login(user: User): Promise<SignedIn> {
    return this.signedIn(user, await this.firmOf(user), await this.tokens.issue(user));
  }

  async refresh(refreshToken: string | undefined): Promise<SignedIn> {
    const { user, tokens } = await this.tokens.rotate(refreshToken, (id, manager) =>
      manager.findOneBy(User, { id }),
    );
    return this.signedIn(user, await this.firmOf(user), tokens);
  }

  logout(refreshToken: string | undefined): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: userId });
    return UserDto.from(user, await this.firmOf(user));
  }

  async emailTaken(email: string, manager: EntityManager): Promise<boolean> {
    return manager
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .getExists();
  }

  async signedInAs(user: User, tokens: IssuedTokens): Promise<SignedIn> {
    return this.signedIn(user, await this.firmOf(user), tokens);
  }

  private firmOf(user: User, manager: EntityManager = this.dataSource.manager): Promise<Firm | null> {
    return user.firmId ? manager.findOneBy(Firm, { id: user.firmId }) : Promise.resolve(null);
  }

  private signedIn(user: User, firm: Firm | null, tokens: IssuedTokens): SignedIn {
    return {
      response: {
        accessToken: tokens.accessToken,
        expiresIn: tokens.expiresIn,
        user: UserDto.from(user, firm),
      },
      refreshToken: tokens.refreshToken,
      refreshExpiresAt: tokens.refreshExpiresAt,
    };
  }
}
