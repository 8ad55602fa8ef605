import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { User } from '@app/auth';
import { Firm } from '@app/firms';
import { UserDto } from './dto/user.dto';

/** The account API's view of a user: the identity plus the firm they work for. */
@Injectable()
export class AccountViews {
  constructor(private readonly dataSource: DataSource) {}

  async user(user: User): Promise<UserDto> {
    const firm = user.firmId ? await this.dataSource.manager.findOneBy(Firm, { id: user.firmId }) : null;
    return UserDto.from(user, firm);
  }
}
