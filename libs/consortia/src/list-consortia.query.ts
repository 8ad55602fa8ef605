import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PaginationQueryDto } from '@app/database';
import {
  CONSORTIUM_STATUSES,
  MEMBER_STATUSES,
  type ConsortiumStatus,
  type MemberStatus,
} from './consortium-state-machine';

/** `?status=a&status=b` arrives as an array, `?status=a` as a string: always hand on an array. */
const toArray =
  (map: (v: string) => string = (v) => v) =>
  ({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') return undefined;
    return (Array.isArray(value) ? (value as unknown[]) : [value]).map((v) =>
      typeof v === 'string' ? map(v.trim()) : v,
    );
  };

export class ListConsortiaQueryDto extends PaginationQueryDto {
  @ApiProperty({
    required: false,
    enum: CONSORTIUM_STATUSES,
    enumName: 'ConsortiumStatus',
    isArray: true,
    description: 'One or many (repeat the parameter)',
  })
  @IsOptional()
  @Transform(toArray())
  @IsIn(CONSORTIUM_STATUSES, {
    each: true,
    message: `status must be one of: ${CONSORTIUM_STATUSES.join(', ')}`,
  })
  @ArrayMaxSize(CONSORTIUM_STATUSES.length)
  @IsArray()
  status?: ConsortiumStatus[];

  @ApiProperty({ required: false, format: 'uuid', description: 'Project id' })
  @IsOptional()
  @IsUUID('all', { message: 'project must be a UUID' })
  project?: string;

  @ApiProperty({
    required: false,
    type: [String],
    example: 'VN',
    description: "The project's ISO country code; one or many (repeat the parameter)",
  })
  @IsOptional()
  @Transform(toArray((v) => v.toUpperCase()))
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'country must be two-letter ISO country codes' })
  @ArrayMaxSize(50)
  @IsArray()
  country?: string[];
}

export class ListInvitationsQueryDto extends PaginationQueryDto {
  @ApiProperty({
    required: false,
    enum: MEMBER_STATUSES,
    enumName: 'ConsortiumMemberStatus',
    isArray: true,
    description:
      'One or many (repeat the parameter). Default: pending invitations and answers from the last 90 days',
  })
  @IsOptional()
  @Transform(toArray())
  @IsIn(MEMBER_STATUSES, { each: true, message: `status must be one of: ${MEMBER_STATUSES.join(', ')}` })
  @ArrayMaxSize(MEMBER_STATUSES.length)
  @IsArray()
  status?: MemberStatus[];
}

export class ConsortiumHistoryQueryDto extends PaginationQueryDto {}
