import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '@app/database';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListNotificationsQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, type: Boolean, description: 'true: only unread notifications' })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  unread?: boolean;
}
