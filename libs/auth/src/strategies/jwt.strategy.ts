import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ROLES, type Role } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { AuthUser } from '../auth.decorators';

interface AccessTokenPayload {
  sub: string;
  role: Role;
  firmId: string | null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): AuthUser | false {
    if (typeof payload.sub !== 'string' || !ROLES.includes(payload.role)) return false;
    return { id: payload.sub, role: payload.role, firmId: payload.firmId ?? null };
  }
}
