import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { queueAccountEmail, VERIFY_TOKEN_TTL_MS } from './account-emails';
import { User } from './entities/user.entity';
import { issueOneTimeToken, spendOneTimeToken } from './one-time-tokens';

/** Proof that a self-registered user owns the address: a one-time link, valid 48 hours. Sign-in does not wait for it. */
@Injectable()
export class EmailVerificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction (registration), so the e-mail exists exactly when the account does. */
  async queue(tx: EntityManager, user: Pick<User, 'id' | 'email'>, linkBase: string): Promise<void> {
    const token = await issueOneTimeToken(tx, user.id, 'verify_email', VERIFY_TOKEN_TTL_MS);
    await queueAccountEmail(tx, user.email, 'verify_email', token, linkBase);
  }

  async verify(token: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const row = await spendOneTimeToken(
        tx,
        token,
        'verify_email',
        'This verification link is invalid, expired or already used; sign in and ask for a new one',
      );
      await tx.update(User, { id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
    });
  }

  /** A new link (the previous one stops working); 409 once the address is verified. */
  async resend(userId: string, linkBase: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const user = await tx.findOneOrFail(User, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (user.emailVerifiedAt) throw new ConflictException('Your e-mail address is already verified');
      await this.queue(tx, user, linkBase);
    });
  }
}
