import {
  applyDecorators,
  Injectable,
  UnauthorizedException,
  UseGuards,
  type ExecutionContext,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import {
  SkipThrottle,
  ThrottlerException,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
} from '@nestjs/throttler';
import type { Response } from 'express';
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
 * - `account`: per signed-in user, or per e-mail in the body (mail-bombing one address);
 * - `signup`: sign-ups per client IP (each creates a pending firm and sends an e-mail);
 * - `costly`: per signed-in user on the expensive matching routes (matches, suggestions, preview).
 * The counters live in a shared store (RateLimitStorage), so N instances allow what one does.
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
    { name: 'signup', ttl: 60 * 60_000, limit: env.SIGNUP_RATE_LIMIT, getTracker: (req) => String(req.ip) },
    {
      name: 'costly',
      ttl: 60_000,
      limit: env.MATCHING_RATE_LIMIT,
      getTracker: (req) => userIdOf(req) ?? `ip:${String(req.ip)}`,
    },
  ];
}

const THROTTLERS = ['ip-email', 'ip', 'account', 'signup', 'costly'] as const;
type ThrottlerName = (typeof THROTTLERS)[number];
/** Skips every named throttler except these (each route opts into the ones that apply). */
const only = (...names: ThrottlerName[]) =>
  SkipThrottle(Object.fromEntries(THROTTLERS.filter((n) => !names.includes(n)).map((n) => [n, true])));

const MESSAGES: Record<string, string> = {
  login: 'Too many sign-in attempts; wait a minute and try again',
  register: 'Too many sign-ups from this address; try again later',
};

@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  /** Answers 429 with the standard `Retry-After` (seconds) instead of the throttler's `Retry-After-<name>`. */
  protected throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    for (const name of res.getHeaderNames()) if (name.startsWith('retry-after-')) res.removeHeader(name);
    res.setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    return Promise.reject(
      new ThrottlerException(
        MESSAGES[context.getHandler().name] ??
          (context.getClass().name === 'MatchingController'
            ? 'Too many matching requests; wait a minute and try again'
            : 'Too many attempts; wait a few minutes and try again'),
      ),
    );
  }
}

/** Sign-in: throttled per IP + e-mail and per IP (before the password is checked), then the credentials. */
export const LoginGuards = () =>
  applyDecorators(UseGuards(AuthThrottlerGuard, LocalAuthGuard), only('ip-email', 'ip'));
/** Routes that send e-mail or check a password: per IP and per account. */
export const AccountThrottle = () => applyDecorators(UseGuards(AuthThrottlerGuard), only('ip', 'account'));
/** Routes that spend a one-time token (256 random bits, so only a per-IP brake). */
export const TokenThrottle = () => applyDecorators(UseGuards(AuthThrottlerGuard), only('ip'));
/** Sign-up: per client IP. */
export const SignUpThrottle = () => applyDecorators(UseGuards(AuthThrottlerGuard), only('signup'));
/** The costly matching routes: per signed-in user (runs after the global auth guard). */
export const CostlyRouteThrottle = () => applyDecorators(UseGuards(AuthThrottlerGuard), only('costly'));

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  handleRequest<T>(err: unknown, user: T): T {
    // A database outage is not a wrong password: let it reach the filter (503).
    if (err && !(err instanceof UnauthorizedException)) throw err as Error;
    if (err || !user) throw new UnauthorizedException(INVALID_CREDENTIALS);
    return user;
  }
}
