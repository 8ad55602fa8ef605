import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { FIRM_SIZES, type FirmSize } from '@app/common';

/** `?x=a` and `?x=a&x=b` both become arrays. */
const toArray = ({ value }: { value: unknown }) =>
  value === undefined || value === '' || Array.isArray(value) ? value : [value];
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
const toUpperArray = ({ value }: { value: unknown }) => {
  const list = toArray({ value });
  return Array.isArray(list)
    ? (list as unknown[]).map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : list;
};

export class MatchFirmsQueryDto {
  @ApiProperty({ required: false, minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;

  @ApiProperty({
    required: false,
    enum: FIRM_SIZES,
    isArray: true,
    description: 'Firm sizes; one or many (repeat the parameter)',
  })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @IsIn(FIRM_SIZES, { each: true, message: `size must be one of: ${FIRM_SIZES.join(', ')}` })
  size?: FirmSize[];

  @ApiProperty({
    required: false,
    type: [String],
    example: 'KR',
    description: 'Home countries (ISO alpha-2); one or many',
  })
  @Transform(toUpperArray)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each country must be a two-letter ISO country code' })
  country?: string[];
}

export class MatchProjectsQueryDto {
  @ApiProperty({ required: false, minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

export class MatchPartnersQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The project to partner for' })
  @IsUUID('all', { message: 'projectId must be a UUID' })
  projectId: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

export class ConsortiumQueryDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Fix this verified firm as the lead (firm users: only their own firm)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'leadFirmId must be a UUID' })
  leadFirmId?: string;

  @ApiProperty({
    required: false,
    minimum: 1,
    maximum: 10,
    default: 5,
    description: 'Number of alternative teams',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  limit: number = 5;

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    description: 'Firm ids to leave out; one or many (repeat the parameter)',
  })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each exclude must be a firm id (UUID)' })
  exclude?: string[];

  @ApiProperty({
    required: false,
    type: Boolean,
    description: 'true: only firms on the platform (an active admin can answer now) besides the lead',
  })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  onPlatform?: boolean;
}
