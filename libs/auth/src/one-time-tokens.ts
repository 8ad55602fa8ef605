import { BadRequestException } from '@nestjs/common';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { PasswordToken, type PasswordTokenPurpose } from './entities/password-token.entity';
import { hashToken, newOpaqueToken } from './tokens.service';

/**
 * Creates a one-time token and returns the raw value (for the link only: just its SHA-256 is stored).
 * Earlier unused tokens of the same user and purpose stop working, so only the newest link is live.
 */
export async function issueOneTimeToken(
  tx: EntityManager,
  userId: string,
  purpose: PasswordTokenPurpose,
  ttlMs: number,
): Promise<string> {
  const token = newOpaqueToken();
  await tx.update(PasswordToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  await tx.insert(PasswordToken, {
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

/**
 * Spends a live token of that purpose or answers 400 on `token`. FOR UPDATE makes a concurrent
 * second use wait and then re-check used_at, so a token works exactly once.
 */
export async function spendOneTimeToken(
  tx: EntityManager,
  token: string,
  purpose: PasswordTokenPurpose,
  message: string,
): Promise<PasswordToken> {
  const row = await tx.findOne(PasswordToken, {
    where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row)
    throw new BadRequestException({
      message,
      details: [{ field: 'token', message: 'token is invalid, expired or already used' }],
    });
  await tx.update(PasswordToken, { id: row.id }, { usedAt: new Date() });
  return row;
}
