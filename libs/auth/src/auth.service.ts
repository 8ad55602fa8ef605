import { ConflictException, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { User } from './entities/user.entity';
import { PasswordVersions } from './password-versions';
import { TokensService, type IssuedTokens } from './tokens.service';

export const INVALID_CREDENTIALS = 'Invalid email or password';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash keeps unknown e-mails as slow as wrong passwords.
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

/** A signed-in user and the tokens of the session; the account API turns it into its answer. */
export interface Session {
  user: User;
  tokens: IssuedTokens;
}

export function duplicateEmail(): ConflictException {
  return new ConflictException({
    message: 'An account with this e-mail address already exists',
    details: [{ field: 'email', message: 'email is already registered' }],
  });
}

/** Sign-in, session rotation and sign-out; who the user works for is not this lib's business. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly versions: PasswordVersions,
  ) {}

  async validateCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: String(email).trim() })
      .getOne();
    const hash = user?.passwordHash ?? (await DUMMY_HASH);
    const ok = await argon2.verify(hash, String(password)).catch(() => false);
    return ok && user?.passwordHash && !user.deactivatedAt ? user : null;
  }

  async login(user: User): Promise<Session> {
    return { user, tokens: await this.tokens.issue(user) };
  }

  refresh(refreshToken: string | undefined): Promise<Session> {
    return this.tokens.rotate(refreshToken, (id, manager) =>
      manager.findOneBy(User, { id, deactivatedAt: IsNull() }),
    );
  }

  logout(refreshToken: string | undefined): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  /**
   * Signs the user out everywhere, in the caller's transaction: every refresh session is revoked and
   * the token version moves on, so access tokens issued before stop working too (call
   * `tokenVersionChanged` after commit so this process knows at once).
   */
  async revokeEverywhere(tx: EntityManager, userId: string): Promise<number> {
    await this.tokens.revokeAllForUser(userId, tx);
    // Whole milliseconds, later than any earlier version (tokens compare pwdv in ms).
    const now = new Date(
      Math.max(
        Date.now(),
        ((await tx.findOneBy(User, { id: userId }))?.passwordChangedAt?.getTime() ?? 0) + 1,
      ),
    );
    await tx.update(User, { id: userId }, { passwordChangedAt: now });
    return now.getTime();
  }

  tokenVersionChanged(userId: string, version: number): void {
    this.versions.changed(userId, version);
  }

  user(userId: string): Promise<User> {
    return this.dataSource.manager.findOneByOrFail(User, { id: userId });
  }

  async emailTaken(email: string, manager: EntityManager): Promise<boolean> {
    return manager
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .getExists();
  }
}
