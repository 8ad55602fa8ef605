import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, ValidateIf } from 'class-validator';
import { FirmSummaryDto } from './firm.dto';

export class VerifyFirmDto {
  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'])
  decision: 'verified' | 'rejected';

  @ApiProperty({
    required: false,
    maxLength: 1000,
    description: 'Required when rejecting; shown to the firm',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @ValidateIf((o: VerifyFirmDto) => o.decision === 'rejected' || o.reason !== undefined)
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  // Listed last so it is checked first (decorators apply bottom-up; stopAtFirstError).
  @IsString({ message: 'reason is required when rejecting' })
  reason?: string;
}

/** The answer to a staff decision: the summary plus when and by whom. */
export class FirmVerificationDto extends FirmSummaryDto {
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff user who decided' })
  verifiedById: string | null;
}
