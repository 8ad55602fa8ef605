import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { RefreshCookie, type Session } from '@app/auth';
import { AccountViews } from './account-views';
import type { AuthResponseDto } from './dto/user.dto';

/** What every route that signs someone in answers: the refresh cookie, the access token and the user. */
@Injectable()
export class SessionResponse {
  constructor(
    private readonly views: AccountViews,
    private readonly cookie: RefreshCookie,
  ) {}

  async send(res: Response, { user, tokens }: Session): Promise<AuthResponseDto> {
    const answer = {
      accessToken: tokens.accessToken,
      expiresIn: tokens.expiresIn,
      user: await this.views.user(user),
    };
    this.cookie.set(res, tokens);
    return answer;
  }
}
