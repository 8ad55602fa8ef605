import { BadRequestException, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { queueAccountEmail, RESET_TOKEN_TTL_MS } from './account-emails';
import type { AuthUser } from './auth.decorators';
import { hashPassword, type Session } from './auth.service';
import { User } from './entities/user.entity';
import { issueOneTimeToken, spendOneTimeToken } from './one-time-tokens';
import { passwordVersion, PasswordVersions } from './password-versions';
import { TokensService } from './tokens.service';

/** Password change (signed in), reset by e-mailed link and first password by invitation link; each ends every other session. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly versions: PasswordVersions,
  ) {}

  /** Queues a reset link when the address has an account; the caller answers the same either way. */
  async requestReset(email: string, linkBase: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const user = await tx
        .createQueryBuilder(User, 'u')
        .where('lower(u.email) = lower(:email)', { email })
        .getOne();
      if (!user) return;
      const token = await issueOneTimeToken(tx, user.id, 'reset_password', RESET_TOKEN_TTL_MS);
      await queueAccountEmail(tx, user.email, 'reset_password', token, linkBase);
    });
  }

  /** Spends the reset token, sets the password and revokes every refresh session of the user. */
  async confirmReset(dto: { token: string; password: string }): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    const { userId, version } = await this.dataSource.transaction(async (tx) => {
      const row = await spendOneTimeToken(
        tx,
        dto.token,
        'reset_password',
        'This reset link is invalid, expired or already used; ask for a new one',
      );
      // Opening the e-mailed link proves the address too.
      const version = await this.replace(tx, row.userId, passwordHash, true);
      await this.tokens.revokeAllForUser(row.userId, tx);
      return { userId: row.userId, version };
    });
    this.versions.changed(userId, version);
  }

  /**
   * Checks the current password, sets the new one, revokes every other refresh session and signs the
   * caller in again in the current session family (their old access token stops working too).
   */
  async change(
    actor: AuthUser,
    dto: { currentPassword: string; newPassword: string },
    refreshToken: string | undefined,
  ): Promise<Session> {
    const newHash = await hashPassword(dto.newPassword);
    const { user, tokens } = await this.dataSource.transaction(async (tx) => {
      const current = await tx
        .createQueryBuilder(User, 'u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: actor.id })
        .setLock('pessimistic_write')
        .getOneOrFail();
      const ok = current.passwordHash
        ? await argon2.verify(current.passwordHash, dto.currentPassword).catch(() => false)
        : false;
      if (!ok)
        throw fieldError('currentPassword', 'The current password is wrong', 'currentPassword is wrong');
      if (dto.newPassword === dto.currentPassword) {
        throw fieldError(
          'newPassword',
          'Choose a password different from the current one',
          'newPassword must differ from currentPassword',
        );
      }
      await this.replace(tx, actor.id, newHash, false);
      const family = await this.tokens.revokeOtherSessions(actor.id, refreshToken, tx);
      const user = await tx.findOneByOrFail(User, { id: actor.id });
      return { user, tokens: await this.tokens.issue(user, tx, family) };
    });
    this.versions.changed(user.id, passwordVersion(user));
    return { user, tokens };
  }

  /** Spends a set-password token (only that purpose: reset and verification tokens have their own routes); signs out every session of that user. */
  async setPassword(dto: { token: string; password: string }): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    const { userId, version } = await this.dataSource.transaction(async (manager) => {
      const row = await spendOneTimeToken(
        manager,
        dto.token,
        'set_password',
        'This link is invalid, expired or already used; ask your firm admin for a new one',
      );
      const version = await this.replace(manager, row.userId, passwordHash, false);
      await this.tokens.revokeAllForUser(row.userId, manager);
      return { userId: row.userId, version };
    });
    this.versions.changed(userId, version);
  }

  /**
   * Stores the new hash and moves password_changed_at forward (at least 1 ms, so even two changes in
   * one millisecond give the tokens of each a distinct version). Returns the new version; the caller
   * tells PasswordVersions after the commit.
   */
  async replace(
    tx: EntityManager,
    userId: string,
    passwordHash: string,
    verifiesEmail: boolean,
  ): Promise<number> {
    const before = await tx.findOne(User, {
      select: { id: true, passwordChangedAt: true, emailVerifiedAt: true },
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    const changedAt = new Date(Math.max(Date.now(), (before?.passwordChangedAt?.getTime() ?? 0) + 1));
    const verified = verifiesEmail && !before?.emailVerifiedAt ? { emailVerifiedAt: changedAt } : {};
    await tx.update(User, { id: userId }, { passwordHash, passwordChangedAt: changedAt, ...verified });
    return changedAt.getTime();
  }
}

function fieldError(field: string, message: string, detail: string): BadRequestException {
  return new BadRequestException({ message, details: [{ field, message: detail }] });
}
