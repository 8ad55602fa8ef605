import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
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
} from 'class-validator';
import { EMPLOYEES_BANDS, FIRM_SIZES, FIRM_TYPES, LADDER_STAGES, VERIFICATION_STATUSES } from '@app/common';
import type { EmployeesBand, FirmSize, FirmType, LadderStage, VerificationStatus } from '@app/common';
import { FirmCapabilityDto } from './firm-capability.dto';
import { FirmSolutionDto } from './firm-solution.dto';
import { FirmTrackRecordDto } from './firm-track-record.dto';
import { currentYear, ISO_COUNTRY, IsYearBetween, trim, upper, upperEach } from './firm-validators';

/**
 * Every field a firm may write about itself, validated in one place. Not a route body itself:
 * sign-up picks the identity fields (CreateFirmDto), the profile edit makes all of them optional
 * (UpdateFirmProfileDto). Verification status/reason, isSample and sourceRef are deliberately absent:
 * the global pipe (forbidNonWhitelisted) answers 400 naming such a field.
 */
class FirmFieldsDto {
  @ApiProperty({ example: 'Seoul Mobility Lab', minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ required: false, type: String, nullable: true, example: '서울모빌리티랩', maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  nameKo?: string | null;

  @ApiProperty({ enum: FIRM_SIZES })
  @IsIn(FIRM_SIZES)
  size: FirmSize;

  @ApiProperty({ enum: FIRM_TYPES })
  @IsIn(FIRM_TYPES)
  type: FirmType;

  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(upper)
  @IsString()
  @Matches(ISO_COUNTRY, { message: 'homeCountry must be a two-letter ISO country code' })
  homeCountry: string;

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

  @ApiProperty({ type: [String], maxItems: 30, example: ['VN', 'ID'] })
  @Transform(upperEach)
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique({ message: 'targetCountries must not contain duplicates' })
  @Matches(ISO_COUNTRY, {
    each: true,
    message: 'each targetCountries entry must be a two-letter ISO country code',
  })
  targetCountries: string[];

  @ApiProperty({
    required: false,
    type: String,
    nullable: true,
    example: 'Samsung Group',
    maxLength: 100,
    description: 'Corporate group (common controlling owner), when public; null for none',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional()
  @IsString()
  @Length(1, 100)
  corporateGroup?: string | null;

  @ApiProperty({ type: [String], description: 'Taxonomy role codes', example: ['solution_provider'] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'roles must not contain duplicates' })
  @IsString({ each: true })
  roles: string[];
}

/** The firm part of sign-up. */
export class CreateFirmDto extends PickType(FirmFieldsDto, [
  'name',
  'nameKo',
  'size',
  'type',
  'homeCountry',
] as const) {}

/** What a firm admin may change; fields left out stay as they are, `null` is refused for required ones. */
export class UpdateFirmProfileDto extends PartialType(FirmFieldsDto, { skipNullProperties: false }) {}

/** A firm as its profile page shows it; every other firm answer is a pick of these fields. */
export class FirmProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ enum: FIRM_SIZES }) size: FirmSize;
  @ApiProperty({ enum: FIRM_TYPES }) type: FirmType;
  @ApiProperty({ example: 'KR' }) homeCountry: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ enum: EMPLOYEES_BANDS, nullable: true }) employeesBand: EmployeesBand | null;
  @ApiProperty({ type: Number, nullable: true }) foundedYear: number | null;
  @ApiProperty({ enum: LADDER_STAGES, nullable: true }) ladderStage: string | null;
  @ApiProperty({ type: [String] }) targetCountries: string[];
  @ApiProperty({ type: [String], description: 'Taxonomy role codes' }) roles: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Corporate group, when public' })
  corporateGroup: string | null;
  @ApiProperty({ description: 'Synthetic demo firm: label it as sample data' }) isSample: boolean;
  @ApiProperty({
    description:
      'The firm has an active admin on the platform and can answer invitations; false: not yet on the platform (claimable)',
  })
  onPlatform: boolean;
  @ApiProperty({ type: String, nullable: true }) sourceNote: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiProperty({ type: String, nullable: true }) verificationReason: string | null;
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: [FirmCapabilityDto] }) capabilities: FirmCapabilityDto[];
  @ApiProperty({ type: [FirmSolutionDto] }) solutions: FirmSolutionDto[];
  @ApiProperty({ type: [FirmTrackRecordDto] }) trackRecords: FirmTrackRecordDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** The short form other features embed (the signed-in user's firm, a verification answer). */
export class FirmSummaryDto extends PickType(FirmProfileDto, [
  'id',
  'name',
  'nameKo',
  'size',
  'type',
  'homeCountry',
  'verificationStatus',
  'verificationReason',
] as const) {}

/** One row of the firm directory. */
export class FirmListItemDto extends PickType(FirmProfileDto, [
  'id',
  'name',
  'nameKo',
  'size',
  'type',
  'homeCountry',
  'ladderStage',
  'verificationStatus',
  'isSample',
  'onPlatform',
] as const) {
  @ApiProperty() capabilityCount: number;
  @ApiProperty({ type: [String], description: 'Up to 5 capability codes with the highest level' })
  topCapabilities: string[];
  @ApiProperty({ type: [String], description: 'Distinct track-record countries' })
  trackRecordCountries: string[];
}

export class FirmListPageDto {
  @ApiProperty({ type: [FirmListItemDto] }) items: FirmListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
