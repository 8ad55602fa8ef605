import type { EntityManager } from 'typeorm';
import { duplicateEmail } from './auth.service';
import { PasswordToken } from './entities/password-token.entity';
import { User } from './entities/user.entity';
import { hashToken, newOpaqueToken } from './tokens.service';

export const SET_PASSWORD_TTL_MS = 7 * 86_400_000;

export interface InvitedUserInput {
  email: string;
  name: string;
  role: User['role'];
  firmId: string | null;
}

export interface InvitedUser {
  user: User;
  /** The raw set-password token (only its SHA-256 is stored). */
  token: string;
  expiresAt: Date;
}

/** A user without a password and a one-time set-password token (valid 7 days), in the caller's transaction; 409 on a taken e-mail. */
export async function createInvitedUser(tx: EntityManager, input: InvitedUserInput): Promise<InvitedUser> {
  const taken = await tx
    .createQueryBuilder(User, 'u')
    .where('lower(u.email) = lower(:email)', { email: input.email })
    .getExists();
  if (taken) throw duplicateEmail();
  const token = newOpaqueToken();
  const expiresAt = new Date(Date.now() + SET_PASSWORD_TTL_MS);
  const user = await tx.save(tx.create(User, { ...input, passwordHash: null }));
  await tx.insert(PasswordToken, {
    userId: user.id,
    tokenHash: hashToken(token),
    purpose: 'set_password',
    expiresAt,
  });
  return { user, token, expiresAt };
}
