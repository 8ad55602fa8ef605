import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RefreshCookie, type Session, type User } from '@app/auth';
import { Firm } from '@app/firms';
import { UserDto, type AuthResponseDto } from './dto/user.dto';

/** The account API's view of a user: the identity plus the firm they work for. */
@Injectable()
export class AccountViews {
  constructor(private readonly dataSource: DataSource) {}

  async user(user: User): Promise<UserDto> {
    const firm = user.firmId ? await this.dataSource.manager.findOneBy(Firm, { id: user.firmId }) : null;
    return UserDto.from(user, firm);
  }
}

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
