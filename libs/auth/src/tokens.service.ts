import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RefreshSession } from './entities/refresh-session.entity';
import type { User } from './entities/user.entity';
import { jwtKey } from './jwt-key';
import { passwordVersion } from './password-versions';

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newOpaqueToken = () => randomBytes(32).toString('base64url');

const REFRESH_REJECTED = 'Your session has ended; sign in again';

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues an access token and a refresh token in a new (or the given) session family. */
  async issue(
    user: Pick<User, 'id' | 'role' | 'firmId' | 'passwordChangedAt'>,
    manager?: EntityManager,
    familyId?: string,
  ): Promise<IssuedTokens> {
    const expiresIn = this.config.env.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, role: user.role, firmId: user.firmId, pwdv: passwordVersion(user) },
      // JwtSignOptions types the secret as string | Buffer; jsonwebtoken takes a KeyObject.
      { secret: jwtKey(this.config) as unknown as Buffer, expiresIn, algorithm: 'HS256' },
    );
    const refreshToken = newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await (manager ?? this.dataSource.manager).insert(RefreshSession, {
      userId: user.id,
      familyId: familyId ?? randomUUID(),
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    return { accessToken, expiresIn, refreshToken, refreshExpiresAt };
  }

  /**
   * Spends a refresh token and returns the user id it belonged to plus a new pair.
   * Presenting an already-spent token means it was copied: the whole family is revoked.
   */
  async rotate(
    refreshToken: string | undefined,
    loadUser: (id: string, manager: EntityManager) => Promise<User | null>,
  ): Promise<{ user: User; tokens: IssuedTokens }> {
    if (!refreshToken) throw new UnauthorizedException(REFRESH_REJECTED);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(RefreshSession, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) return null;
      if (session.usedAt || session.revokedAt) {
        await this.revokeFamily(session.familyId, manager);
        return null;
      }
      if (session.expiresAt.getTime() <= Date.now()) return null;
      await manager.update(RefreshSession, { id: session.id }, { usedAt: new Date() });
      const user = await loadUser(session.userId, manager);
      if (!user) return null;
      return { user, tokens: await this.issue(user, manager, session.familyId) };
    });
    if (!outcome) throw new UnauthorizedException(REFRESH_REJECTED);
    return outcome;
  }

  /** Revokes the family the token belongs to (sign-out). Unknown tokens are ignored. */
  async revoke(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const session = await this.dataSource.manager.findOneBy(RefreshSession, {
      tokenHash: hashToken(refreshToken),
    });
    if (session) await this.revokeFamily(session.familyId, this.dataSource.manager);
  }

  async revokeAllForUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(RefreshSession, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Revokes every refresh session of the user except the family of `currentToken` when that is the
   * user's live token; that token is spent as in a rotation. Returns the kept family (or undefined).
   */
  async revokeOtherSessions(
    userId: string,
    currentToken: string | undefined,
    manager: EntityManager,
  ): Promise<string | undefined> {
    const current = currentToken
      ? await manager.findOne(RefreshSession, {
          where: { tokenHash: hashToken(currentToken), userId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    const live =
      current && !current.usedAt && !current.revokedAt && current.expiresAt.getTime() > Date.now()
        ? current
        : null;
    await manager.update(
      RefreshSession,
      { userId, revokedAt: IsNull(), ...(live ? { familyId: Not(live.familyId) } : {}) },
      { revokedAt: new Date() },
    );
    if (live) await manager.update(RefreshSession, { id: live.id }, { usedAt: new Date() });
    return live?.familyId;
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.update(RefreshSession, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
