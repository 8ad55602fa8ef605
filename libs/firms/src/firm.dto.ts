import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FIRM_SIZES, FIRM_TYPES, VERIFICATION_STATUSES } from '@app/common';
import type { FirmSize, FirmType, VerificationStatus } from '@app/common';
import type { Firm } from './firm.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateFirmDto {
  @ApiProperty({ example: 'Seoul Mobility Lab', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ required: false, example: '서울모빌리티랩', maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  nameKo?: string;

  @ApiProperty({ enum: FIRM_SIZES })
  @IsIn(FIRM_SIZES)
  size: FirmSize;

  @ApiProperty({ enum: FIRM_TYPES })
  @IsIn(FIRM_TYPES)
  type: FirmType;

  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'homeCountry must be a two-letter ISO country code' })
  homeCountry: string;
}

export class FirmSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ enum: FIRM_SIZES }) size: FirmSize;
  @ApiProperty({ enum: FIRM_TYPES }) type: FirmType;
  @ApiProperty({ example: 'KR' }) homeCountry: string;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiProperty({ type: String, nullable: true }) verificationReason: string | null;

  static from(firm: Firm): FirmSummaryDto {
    return {
      id: firm.id,
      name: firm.name,
      nameKo: firm.nameKo,
      size: firm.size,
      type: firm.type,
      homeCountry: firm.homeCountry.trim(),
      verificationStatus: firm.verificationStatus,
      verificationReason: firm.verificationReason,
    };
  }
}

/** The answer to a staff decision: the summary plus when and by whom. */
export class FirmVerificationDto extends FirmSummaryDto {
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff user who decided' })
  verifiedById: string | null;

  static from(firm: Firm): FirmVerificationDto {
    return { ...FirmSummaryDto.from(firm), verifiedAt: firm.verifiedAt, verifiedById: firm.verifiedById };
  }
}
