import {
  ForbiddenException,
  HttpException,
  Injectable,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { can, type Permission } from '@app/common';
import { IS_PUBLIC, REQUIRED_PERMISSION, type AuthUser } from './auth.decorators';

/** Registered globally: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class GlobalAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const { user } = context.switchToHttp().getRequest<{ user: AuthUser }>();
    if (permission && !can(user.role, permission)) {
      throw new ForbiddenException(`Your role (${user.role}) may not do this (needs ${permission})`);
    }
    return true;
  }

  handleRequest<T>(err: unknown, user: T): T {
    // Token problems arrive as a missing user; an error is the token check itself failing (the
    // database behind the password-version lookup), which is a 5xx, not "sign in again".
    if (err && !(err instanceof HttpException)) throw err as Error;
    if (err || !user)
      throw new UnauthorizedException('Sign in first: the access token is missing, invalid or expired');
    return user;
  }
}
