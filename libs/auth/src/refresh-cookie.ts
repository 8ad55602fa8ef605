import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { IssuedTokens } from './tokens.service';

export const REFRESH_COOKIE = 'cm_refresh';
const COOKIE_PATH = '/api/auth';

/** The refresh token lives only in an httpOnly cookie scoped to the auth routes. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value ? value : undefined;
  }

  set(res: Response, tokens: Pick<IssuedTokens, 'refreshToken' | 'refreshExpiresAt'>): void {
    res.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.env.NODE_ENV === 'production',
      path: COOKIE_PATH,
      expires: tokens.refreshExpiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }
}
