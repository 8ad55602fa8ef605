import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { FIRM_SIZES, FIRM_TYPES, LADDER_STAGES, VERIFICATION_STATUSES } from '@app/common';
import type { FirmSize, FirmType, LadderStage, VerificationStatus } from '@app/common';
import { PaginationQueryDto } from '@app/database';
import { ISO_COUNTRY, toArray, toArrayUpper, toBoolean, trim } from './firm-validators';

/** `GET /firms` filters; every list filter accepts one value or many (`?size=sme&size=startup`). */
export class ListFirmsQueryDto extends PaginationQueryDto {
  @ApiProperty({
    required: false,
    maxLength: 200,
    description: 'Words or a substring of the name (en/ko) or description',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, enum: FIRM_SIZES, isArray: true })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @IsIn(FIRM_SIZES, { each: true })
  size?: FirmSize[];

  @ApiProperty({ required: false, enum: FIRM_TYPES, isArray: true })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @IsIn(FIRM_TYPES, { each: true })
  type?: FirmType[];

  @ApiProperty({ required: false, type: [String], description: 'Capability codes; firms having all of them' })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(61)
  @IsString({ each: true })
  capability?: string[];

  @ApiProperty({
    required: false,
    type: [String],
    description: 'ISO alpha-2; home country or a track-record country',
  })
  @Transform(toArrayUpper)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ISO_COUNTRY, { each: true, message: 'each country must be a two-letter ISO country code' })
  country?: string[];

  @ApiProperty({ required: false, enum: LADDER_STAGES, isArray: true })
  @Transform(toArrayUpper)
  @IsOptional()
  @IsArray()
  @IsIn(LADDER_STAGES, { each: true })
  ladderStage?: LadderStage[];

  @ApiProperty({
    required: false,
    enum: VERIFICATION_STATUSES,
    isArray: true,
    description: 'Staff only (firm users see verified firms)',
  })
  @Transform(toArray)
  @IsOptional()
  @IsArray()
  @IsIn(VERIFICATION_STATUSES, { each: true })
  status?: VerificationStatus[];

  @ApiProperty({
    required: false,
    type: Boolean,
    description: 'false hides synthetic sample firms; true shows only them',
  })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  sample?: boolean;

  @ApiProperty({
    required: false,
    type: Boolean,
    description:
      'true: only firms on the platform (an active admin can answer now); false: only unclaimed ones',
  })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  onPlatform?: boolean;
}
