import { ApiProperty } from '@nestjs/swagger';
import { FIRM_SIZES, FIRM_TYPES, LADDER_STAGES, VERIFICATION_STATUSES } from '@app/common';
import type { FirmSize, FirmType, VerificationStatus } from '@app/common';

export class FirmListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ enum: FIRM_SIZES }) size: FirmSize;
  @ApiProperty({ enum: FIRM_TYPES }) type: FirmType;
  @ApiProperty({ example: 'KR' }) homeCountry: string;
  @ApiProperty({ enum: LADDER_STAGES, nullable: true }) ladderStage: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiProperty() isSample: boolean;
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
