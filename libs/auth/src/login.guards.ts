import {
  applyDecorators,
  Injectable,
  UnauthorizedException,
  UseGuards,
  type ExecutionContext,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { SkipThrottle, ThrottlerException, ThrottlerGuard, type ThrottlerOptions } from '@nestjs/throttler';
import type { Env } from '@app/config';
import { INVALID_CREDENTIALS } from './auth.service';

const emailOf = (req: { body?: { email?: unknown } }): string => {
  const email = req.body?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
};
const userIdOf = (req: { user?: { id?: string } }): string | undefined => req.user?.id;

/** Per-account limit of the account routes (reset requests, verification resends, password changes). */
export const ACCOUNT_LIMIT = { limit: 5, ttlMs: 15 * 60_000 };

/**
 * The named throttlers of the auth routes. Counters are kept per route, so sign-in attempts do not
 * use up the allowance for reset requests.
 * - `ip-email`: attempts per client IP + e-mail (guessing one account's password);
 * - `ip`: attempts per client IP across all e-mails (spraying many accounts);
 * - `account`: per signed-in user, or per e-mail in the body (mail-bombing one address).
 */
export function authThrottlers(env: Env): ThrottlerOptions[] {
  return [
    {
      name: 'ip-email',
      ttl: 60_000,
      limit: env.LOGIN_RATE_LIMIT,
      getTracker: (req) => `${req.ip}|${emailOf(req)}`,
    },
    { name: 'ip', ttl: 60_000, limit: env.LOGIN_IP_RATE_LIMIT, getTracker: (req) => String(req.ip) },
    {
      name: 'account',
      ttl: ACCOUNT_LIMIT.ttlMs,
      limit: ACCOUNT_LIMIT.limit,
      getTracker: (req) => {
        const id = userIdOf(req);
        return id ? `user:${id}` : `email:${emailOf(req)}`;
      },
    },
  ];
}

@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected throwThrottlingException(context: ExecutionContext): Promise<void> {
    return Promise.reject(
      new ThrottlerException(
        context.getHandler().name === 'login'
          ? 'Too many sign-in attempts; wait a minute and try again'
          : 'Too many attempts; wait a few minutes and try again',
      ),
    );
  }
}

/** Sign-in: throttled per IP + e-mail and per IP (before the password is checked), then the credentials. */
export const LoginGuards = () =>
  applyDecorators(UseGuards(AuthThrottlerGuard, LocalAuthGuard), SkipThrottle({ account: true }));
/** Routes that send e-mail or check a password: per IP and per account. */
export const AccountThrottle = () =>
  applyDecorators(UseGuards(AuthThrottlerGuard), SkipThrottle({ 'ip-email': true }));
/** Routes that spend a one-time token (256 random bits, so only a per-IP brake). */
export const TokenThrottle = () =>
  applyDecorators(UseGuards(AuthThrottlerGuard), SkipThrottle({ 'ip-email': true, account: true }));

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  handleRequest<T>(err: unknown, user: T): T {
    // A database outage is not a wrong password: let it reach the filter (503).
    if (err && !(err instanceof UnauthorizedException)) throw err as Error;
    if (err || !user) throw new UnauthorizedException(INVALID_CREDENTIALS);
    return user;
  }
}
