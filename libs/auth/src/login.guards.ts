import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import { INVALID_CREDENTIALS } from './auth.service';

/** Counts sign-in attempts per client IP and e-mail address. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, any>): Promise<string> {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    return `${req.ip}|${email}`;
  }

  protected async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Too many sign-in attempts; wait a minute and try again');
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  handleRequest<T>(err: unknown, user: T): T {
    if (err || !user) throw new UnauthorizedException(INVALID_CREDENTIALS);
    return user;
  }
}
