import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { IsStrongPassword } from '@app/auth';
import { PaginationQueryDto } from '@app/database';
import { CLAIM_STATUSES, type ClaimStatus } from './firm-claim.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toArray = ({ value }: { value: unknown }) =>
  value === undefined || value === '' || Array.isArray(value) ? value : [value];

export class ClaimTokenDto {
  @ApiProperty({ description: 'The token of the e-mailed claim link' })
  @Length(10, 200, { message: 'token is invalid, expired or already used' })
  @IsString({ message: 'token is required' })
  token: string;
}

/** Sign-up through a claim link: the account gets the invited address; the claim goes to staff. */
export class ClaimSignUpDto extends ClaimTokenDto {
  @ApiProperty({ example: 'Park Jiwoo', maxLength: 100 })
  @Transform(trim)
  @Length(1, 100)
  @IsString()
  name: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description: 'At least 10 characters, not a common password',
  })
  @IsStrongPassword()
  password: string;
}

export class ClaimDecisionInputDto {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'], { message: 'decision must be approved or rejected' })
  decision: 'approved' | 'rejected';

  @ApiProperty({
    required: false,
    maxLength: 1000,
    description: 'Required when rejecting; shown to the claimant',
  })
  @Transform(trim)
  @ValidateIf((o: ClaimDecisionInputDto) => o.decision === 'rejected' || o.reason !== undefined)
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  @IsString({ message: 'reason is required when rejecting' })
  reason?: string;
}

export class ListClaimsQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, enum: CLAIM_STATUSES, isArray: true, description: 'Default: pending' })
  @Transform(toArray)
  @IsOptional()
  @IsIn(CLAIM_STATUSES, { each: true, message: `status must be one of: ${CLAIM_STATUSES.join(', ')}` })
  status?: ClaimStatus[];
}

export class ClaimFirmDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
}

export class ClaimInvitationDto {
  @ApiProperty({ type: ClaimFirmDto }) firm: ClaimFirmDto;
  @ApiProperty({ description: 'The invited address; the account gets it' }) email: string;
  @ApiProperty({ type: String, nullable: true }) leadFirmName: string | null;
  @ApiProperty({ type: String, nullable: true }) projectTitle: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}

export class ClaimUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class ClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CLAIM_STATUSES, enumName: 'ClaimStatus' }) status: ClaimStatus;
  @ApiProperty({ type: ClaimFirmDto }) firm: ClaimFirmDto;
  @ApiProperty({ type: ClaimUserDto }) claimant: ClaimUserDto;
  @ApiProperty({ description: "Evidence: the claimant's e-mail domain is the firm website's" })
  emailDomainMatches: boolean;
  @ApiProperty({ example: 'dspone.co.kr' }) emailDomain: string;
  @ApiProperty({ type: String, nullable: true, example: 'dspone.co.kr' }) websiteHost: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who invited the firm (lead firm user)' })
  invitedByName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consortiumId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ClaimListDto {
  @ApiProperty({ type: [ClaimDto] }) items: ClaimDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
