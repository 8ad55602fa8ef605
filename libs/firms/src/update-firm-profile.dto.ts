import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { EMPLOYEES_BANDS, FIRM_SIZES, FIRM_TYPES, LADDER_STAGES } from '@app/common';
import type { EmployeesBand, FirmSize, FirmType, LadderStage } from '@app/common';
import { currentYear, ISO_COUNTRY, IsYearBetween, trim, upper, upperEach } from './firm-validators';

/** Present → validated, including null (so null cannot clear a required column). */
const IfPresent = () => ValidateIf((_, value) => value !== undefined);

/**
 * What a firm admin may change. Verification status/reason, isSample and sourceRef are deliberately
 * absent: the global pipe (forbidNonWhitelisted) answers 400 naming such a field.
 */
export class UpdateFirmProfileDto {
  @ApiProperty({ required: false, minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IfPresent()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  nameKo?: string | null;

  @ApiProperty({ required: false, enum: FIRM_SIZES })
  @IfPresent()
  @IsIn(FIRM_SIZES)
  size?: FirmSize;

  @ApiProperty({ required: false, enum: FIRM_TYPES })
  @IfPresent()
  @IsIn(FIRM_TYPES)
  type?: FirmType;

  @ApiProperty({ required: false, example: 'KR', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(upper)
  @IfPresent()
  @IsString()
  @Matches(ISO_COUNTRY, { message: 'homeCountry must be a two-letter ISO country code' })
  homeCountry?: string;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 5000 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ required: false, type: String, nullable: true, example: 'https://example.kr' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  website?: string | null;

  @ApiProperty({ required: false, enum: EMPLOYEES_BANDS, nullable: true })
  @IsOptional()
  @IsIn(EMPLOYEES_BANDS)
  employeesBand?: EmployeesBand | null;

  @ApiProperty({
    required: false,
    type: Number,
    nullable: true,
    minimum: 1800,
    description: 'Up to the current year',
  })
  @IsOptional()
  @IsYearBetween(1800, currentYear)
  foundedYear?: number | null;

  @ApiProperty({ required: false, enum: LADDER_STAGES, nullable: true, description: 'Export-ladder stage' })
  @IsOptional()
  @IsIn(LADDER_STAGES)
  ladderStage?: LadderStage | null;

  @ApiProperty({ required: false, type: [String], maxItems: 30, example: ['VN', 'ID'] })
  @Transform(upperEach)
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique({ message: 'targetCountries must not contain duplicates' })
  @Matches(ISO_COUNTRY, {
    each: true,
    message: 'each targetCountries entry must be a two-letter ISO country code',
  })
  targetCountries?: string[];

  @ApiProperty({
    required: false,
    type: [String],
    description: 'Taxonomy role codes',
    example: ['solution_provider'],
  })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'roles must not contain duplicates' })
  @IsString({ each: true })
  roles?: string[];
}
