import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ROLES, type Role } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { AuthUser } from '../auth.decorators';
import { jwtKey } from '../jwt-key';
import { PasswordVersions } from '../password-versions';

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  firmId: string | null;
  /** Password version at issue time (see passwordVersion). */
  pwdv: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly versions: PasswordVersions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands it to jsonwebtoken.verify, which takes a KeyObject (typed string | Buffer).
      secretOrKey: jwtKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** Signature and expiry are already checked; tokens issued before the last password change are refused. */
  async validate(payload: AccessTokenPayload): Promise<AuthUser | false> {
    if (typeof payload.sub !== 'string' || !ROLES.includes(payload.role) || typeof payload.pwdv !== 'number')
      return false;
    const current = await this.versions.get(payload.sub);
    if (current === null || payload.pwdv < current) return false;
    return { id: payload.sub, role: payload.role, firmId: payload.firmId ?? null };
  }
}
