import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CONSORTIUM_DECISIONS,
  CONSORTIUM_OUTCOMES,
  DECLINE_REASONS,
  type ConsortiumDecision,
  type ConsortiumOutcome,
  type DeclineReason,
} from './consortium-state-machine';

// class-validator runs a property's decorators bottom-up: the type check sits last so it answers first.
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** Most teams are 2–6 firms; the cap keeps one request (and its notifications) bounded. */
export const MAX_INVITES_AT_ONCE = 11;

export class ConsortiumInviteDto {
  @ApiProperty({ format: 'uuid', description: 'A verified firm' })
  @IsUUID('all', { message: 'firmId must be a UUID' })
  firmId: string;

  @ApiProperty({
    example: 'solution_provider',
    description: 'Role code (taxonomy kind role); `lead` is reserved for the lead firm',
  })
  @Transform(trim)
  @Length(1, 100)
  @IsString()
  role: string;

  @ApiProperty({ required: false, maxLength: 2000, description: 'Shown to the invited firm' })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  message?: string;

  @ApiProperty({
    required: false,
    example: 'kim@firm.example.kr',
    maxLength: 254,
    description:
      'Required when the firm is not on the platform yet (onPlatform false): the platform e-mails it a one-time link to claim its profile; refused for firms on the platform',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() || undefined : value,
  )
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'contactEmail must be a valid e-mail address' })
  contactEmail?: string;
}

export class CreateConsortiumDto {
  @ApiProperty({ format: 'uuid', description: 'An open or announced project' })
  @IsUUID('all', { message: 'projectId must be a UUID' })
  projectId: string;

  @ApiProperty({ required: false, maxLength: 200, description: 'Default: "<lead firm> consortium"' })
  @Transform(trimOrNull)
  @IsOptional()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiProperty({
    required: false,
    type: [ConsortiumInviteDto],
    maxItems: MAX_INVITES_AT_ONCE,
    description: 'Firms invited in the same transaction (e.g. a suggested consortium without its lead)',
  })
  @IsOptional()
  @Type(() => ConsortiumInviteDto)
  @ArrayUnique((m: ConsortiumInviteDto) => m?.firmId, {
    message: 'each firm may appear only once in members',
  })
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_INVITES_AT_ONCE)
  @IsArray()
  members?: ConsortiumInviteDto[];
}

export class DeclineInvitationDto {
  @ApiProperty({ enum: DECLINE_REASONS, enumName: 'ConsortiumDeclineReason' })
  @IsIn(DECLINE_REASONS, { message: `reason must be one of: ${DECLINE_REASONS.join(', ')}` })
  reason: DeclineReason;

  @ApiProperty({ required: false, maxLength: 1000 })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(1000)
  @IsString()
  note?: string;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ example: 'system_integration', description: 'Role code (taxonomy kind role), not `lead`' })
  @Transform(trim)
  @Length(1, 100)
  @IsString()
  role: string;
}

export class WithdrawConsortiumDto {
  @ApiProperty({ required: false, maxLength: 1000 })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(1000)
  @IsString()
  reason?: string;
}

export class ConsortiumChecklistDto {
  @ApiProperty() @IsBoolean() capabilitiesCovered: boolean;
  @ApiProperty() @IsBoolean() smeParticipation: boolean;
  @ApiProperty() @IsBoolean() localPartner: boolean;
  @ApiProperty() @IsBoolean() financingRoute: boolean;
  @ApiProperty() @IsBoolean() eligibility: boolean;
}

export class ConsortiumDecisionInputDto {
  @ApiProperty({ enum: CONSORTIUM_DECISIONS, enumName: 'ConsortiumDecisionValue' })
  @IsIn(CONSORTIUM_DECISIONS, { message: `decision must be one of: ${CONSORTIUM_DECISIONS.join(', ')}` })
  decision: ConsortiumDecision;

  @ApiProperty({ minLength: 3, maxLength: 4000, description: 'Shown to every member firm' })
  @Transform(trim)
  @MaxLength(4000)
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @IsString({ message: 'reason is required' })
  reason: string;

  @ApiProperty({ type: ConsortiumChecklistDto })
  @Type(() => ConsortiumChecklistDto)
  @ValidateNested()
  @IsObject()
  @IsDefined({ message: 'checklist is required' })
  checklist: ConsortiumChecklistDto;

  @ApiProperty({
    minimum: 1,
    description: 'The version that was reviewed; 409 when the consortium changed since',
  })
  @Min(1)
  @IsInt({ message: 'version must be an integer' })
  version: number;
}

/** One outcome step; the lead reports it (`POST /outcomes`) or staff record it directly (`POST /outcome`). */
export class ConsortiumOutcomeInputDto {
  @ApiProperty({ enum: CONSORTIUM_OUTCOMES, enumName: 'ConsortiumOutcome' })
  @IsIn(CONSORTIUM_OUTCOMES, { message: `outcome must be one of: ${CONSORTIUM_OUTCOMES.join(', ')}` })
  outcome: ConsortiumOutcome;

  @ApiProperty({ format: 'date', example: '2026-03-31' })
  @IsISO8601({ strict: true }, { message: 'date must be a real calendar date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a calendar date YYYY-MM-DD' })
  date: string;

  @ApiProperty({
    required: false,
    minimum: 0.01,
    example: 1250000,
    description: 'Contract value; required for contract_signed, refused otherwise',
  })
  @ValidateIf((o: ConsortiumOutcomeInputDto) => o.outcome === 'contract_signed' || o.amount !== undefined)
  @Max(1e15, { message: 'amount is too large' })
  @Min(0.01, { message: 'amount must be positive' })
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: 'amount is required for a signed contract (a number with at most 2 decimals)' },
  )
  amount?: number;

  @ApiProperty({ required: false, example: 'USD', description: 'ISO 4217; required for contract_signed' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @ValidateIf((o: ConsortiumOutcomeInputDto) => o.outcome === 'contract_signed' || o.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code' })
  @IsString({ message: 'currency is required for a signed contract' })
  currency?: string;

  @ApiProperty({
    required: false,
    maxLength: 2000,
    description: 'Required for not_selected (why); a note otherwise',
  })
  @Transform(trim)
  @ValidateIf((o: ConsortiumOutcomeInputDto) => o.outcome === 'not_selected' || o.reason !== undefined)
  @MaxLength(2000)
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @IsString({ message: 'reason is required when not selected' })
  reason?: string;
}

export class ReviewOutcomeDto {
  @ApiProperty({ enum: ['confirmed', 'rejected'] })
  @IsIn(['confirmed', 'rejected'], { message: 'decision must be confirmed or rejected' })
  decision: 'confirmed' | 'rejected';

  @ApiProperty({
    required: false,
    maxLength: 2000,
    description: 'Required when rejecting; shown to the lead',
  })
  @Transform(trim)
  @ValidateIf((o: ReviewOutcomeDto) => o.decision === 'rejected' || o.note !== undefined)
  @MaxLength(2000)
  @MinLength(3, { message: 'note must be at least 3 characters' })
  @IsString({ message: 'note is required when rejecting' })
  note?: string;
}
