import { Injectable } from '@nestjs/common';
import { DataSource, EntityNotFoundError } from 'typeorm';
import { User } from '@app/auth';
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

  /** The same view read in one query (the user joined to its firm): `GET /auth/me` on every page load. */
  async userById(id: string): Promise<UserDto> {
    const row = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .leftJoinAndMapOne('u.firm', Firm, 'f', 'f.id = u.firmId')
      .where('u.id = :id', { id })
      .getOne();
    if (!row) throw new EntityNotFoundError(User, { id });
    return UserDto.from(row, (row as User & { firm?: Firm }).firm ?? null);
  }
}
