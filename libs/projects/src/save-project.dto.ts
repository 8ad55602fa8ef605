import { applyDecorators } from '@nestjs/common';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PROJECT_STATUSES, type ProjectStatus } from '@app/common';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Optional, but not nullable: null answers 400 instead of reaching a NOT NULL column. */
const Optional = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** Optional text that may be cleared with null; '' is stored as null too. */
const OptionalText = (max: number, example?: string) =>
  applyDecorators(
    ApiProperty({ required: false, type: String, nullable: true, maxLength: max, example }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsOptional(),
    // applyDecorators registers in this order, so IsString is checked before MaxLength.
    IsString(),
    MaxLength(max),
  );

export class ProjectBudgetInputDto {
  @ApiProperty({ required: false, type: Number, nullable: true, minimum: 0, example: 300000000 })
  @IsOptional()
  @Max(1e15)
  @Min(0)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  amount?: number | null;

  @ApiProperty({
    required: false,
    type: String,
    nullable: true,
    example: 'KRW',
    description: 'ISO 4217; required with an amount',
  })
  @Transform(upper)
  @ValidateIf((b: ProjectBudgetInputDto) => b.amount != null || b.currency != null)
  @Matches(/^[A-Z]{3}$/, {
    message: 'currency must be a three-letter ISO currency code (required with an amount)',
  })
  currency?: string | null;

  @OptionalText(1000, 'KRW 300-500 million per project')
  text?: string | null;
}

export class ProjectCapabilityRequirementInputDto {
  @ApiProperty({ example: 'planning.master_plan' })
  @IsString()
  @Length(1, 100)
  code: string;

  @ApiProperty({ minimum: 1, maximum: 3 })
  @Max(3)
  @Min(1)
  @IsInt()
  weight: number;

  @ApiProperty({ required: false, default: false })
  @Optional()
  @IsBoolean()
  mustHave?: boolean;
}

/** Every rule is optional: missing ones keep their stored value (or the default on create). */
export class ProjectTeamRulesInputDto {
  @ApiProperty({ required: false, minimum: 0, maximum: 20, default: 0 })
  @Optional()
  @Max(20)
  @Min(0)
  @IsInt()
  minSmeMembers?: number;

  @ApiProperty({
    required: false,
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 50,
    description: 'At least minSmeMembers; null for no limit',
  })
  @IsOptional()
  @Max(50)
  @Min(1)
  @IsInt()
  maxMembers?: number | null;

  @ApiProperty({ required: false, default: false })
  @Optional()
  @IsBoolean()
  localPartnerRequired?: boolean;

  @ApiProperty({ required: false, default: false })
  @Optional()
  @IsBoolean()
  leadCountryExperience?: boolean;

  @ApiProperty({
    required: false,
    type: Boolean,
    nullable: true,
    description: 'The lead must be based in Korea; null = as the financing source and program imply',
  })
  @IsOptional()
  @IsBoolean()
  koreanLead?: boolean | null;

  @ApiProperty({
    required: false,
    type: Boolean,
    nullable: true,
    description: 'At least half of the members based in Korea; null = as the financing implies',
  })
  @IsOptional()
  @IsBoolean()
  koreanMajority?: boolean | null;

  @ApiProperty({
    required: false,
    type: [String],
    nullable: true,
    maxItems: 20,
    example: ['local_partner', 'construction'],
    description:
      'Role codes a firm based outside Korea may take ([] = none; list every role for any); null = as the financing implies',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'foreignRolesAllowed must not contain duplicates' })
  @IsString({ each: true })
  foreignRolesAllowed?: string[] | null;
}

export class ProjectRequirementsInputDto {
  @ApiProperty({
    required: false,
    type: [ProjectCapabilityRequirementInputDto],
    maxItems: 40,
    description: 'Replaces the whole set when given',
  })
  @Optional()
  @ValidateNested({ each: true })
  @Type(() => ProjectCapabilityRequirementInputDto)
  @ArrayMaxSize(40)
  @IsArray()
  capabilities?: ProjectCapabilityRequirementInputDto[];

  @ApiProperty({
    required: false,
    type: [String],
    example: ['lead', 'planning_consulting'],
    description: 'Role codes',
  })
  @Optional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  @IsArray()
  roles?: string[];

  @ApiProperty({ required: false, type: ProjectTeamRulesInputDto })
  @Optional()
  @ValidateNested()
  @Type(() => ProjectTeamRulesInputDto)
  @IsObject()
  teamRules?: ProjectTeamRulesInputDto;
}

export class CreateProjectDto {
  @ApiProperty({ minLength: 3, maxLength: 300 })
  @Transform(trim)
  @Length(3, 300)
  @IsString()
  title: string;

  @OptionalText(300)
  titleKo?: string | null;

  @ApiProperty({ example: 'KG', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(upper)
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  @IsString()
  countryCode: string;

  @OptionalText(200, 'Issyk-Kul')
  city?: string | null;

  @OptionalText(300, 'K-City Network 2022')
  program?: string | null;

  @ApiProperty({ example: 'master_plan', description: 'Taxonomy project_track code' })
  @IsString()
  track: string;

  @ApiProperty({
    type: [String],
    example: ['planning', 'tourism_culture'],
    description: 'Capability domain codes',
  })
  @IsString({ each: true })
  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  @IsArray()
  sectors: string[];

  @OptionalText(10_000)
  description?: string | null;

  @ApiProperty({
    required: false,
    type: ProjectBudgetInputDto,
    nullable: true,
    description: 'Replaces the stored budget when given; null clears it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectBudgetInputDto)
  @IsObject()
  budget?: ProjectBudgetInputDto | null;

  @ApiProperty({
    required: false,
    type: [String],
    example: ['kcity_grant'],
    description: 'Financing source codes',
  })
  @Optional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  @IsArray()
  financing?: string[];

  @OptionalText(500)
  client?: string | null;

  @OptionalText(500)
  procurement?: string | null;

  @OptionalText(500)
  period?: string | null;

  @ApiProperty({ required: false, enum: PROJECT_STATUSES, default: 'announced' })
  @Optional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiProperty({ required: false, type: String, format: 'date-time', nullable: true, example: '2026-03-31' })
  @IsOptional()
  @IsDateString({ strict: true })
  submissionDeadline?: string | null;

  @OptionalText(1000)
  sourceNote?: string | null;

  @ApiProperty({ required: false, type: [String] })
  @Optional()
  @Length(1, 1000, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(30)
  @IsArray()
  eligibilityNotes?: string[];

  @ApiProperty({ required: false, type: ProjectRequirementsInputDto })
  @Optional()
  @ValidateNested()
  @Type(() => ProjectRequirementsInputDto)
  @IsObject()
  requirements?: ProjectRequirementsInputDto;
}

// skipNullProperties: false makes a null title/track/… a 400 instead of reaching a NOT NULL column.
export class UpdateProjectDto extends PartialType(CreateProjectDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version you read; a different stored version answers 409' })
  @Min(1)
  @IsInt()
  version: number;
}
