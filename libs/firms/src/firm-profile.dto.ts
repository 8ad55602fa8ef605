import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYEES_BANDS, FIRM_SIZES, FIRM_TYPES, LADDER_STAGES, VERIFICATION_STATUSES } from '@app/common';
import type { EmployeesBand, FirmSize, FirmType, VerificationStatus } from '@app/common';
import { FirmCapabilityDto } from './firm-capability.dto';
import type { FirmCapability } from './firm-capability.entity';
import { FirmSolutionDto } from './firm-solution.dto';
import type { FirmSolution } from './firm-solution.entity';
import { FirmTrackRecordDto } from './firm-track-record.dto';
import type { FirmTrackRecord } from './firm-track-record.entity';
import type { Firm } from './firm.entity';

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
  @ApiProperty({ description: 'Synthetic demo firm' }) isSample: boolean;
  @ApiProperty({ type: String, nullable: true }) sourceNote: string | null;
  @ApiProperty({ enum: VERIFICATION_STATUSES }) verificationStatus: VerificationStatus;
  @ApiProperty({ type: String, nullable: true }) verificationReason: string | null;
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
  @ApiProperty({ type: [FirmCapabilityDto] }) capabilities: FirmCapabilityDto[];
  @ApiProperty({ type: [FirmSolutionDto] }) solutions: FirmSolutionDto[];
  @ApiProperty({ type: [FirmTrackRecordDto] }) trackRecords: FirmTrackRecordDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(
    firm: Firm,
    capabilities: FirmCapability[],
    solutions: FirmSolution[],
    trackRecords: FirmTrackRecord[],
  ): FirmProfileDto {
    return {
      id: firm.id,
      name: firm.name,
      nameKo: firm.nameKo,
      size: firm.size,
      type: firm.type,
      homeCountry: firm.homeCountry.trim(),
      description: firm.description,
      website: firm.website,
      employeesBand: firm.employeesBand,
      foundedYear: firm.foundedYear,
      ladderStage: firm.ladderStage,
      targetCountries: firm.targetCountries,
      roles: firm.roles,
      isSample: firm.isSample,
      sourceNote: firm.sourceNote,
      verificationStatus: firm.verificationStatus,
      verificationReason: firm.verificationReason,
      verifiedAt: firm.verifiedAt,
      capabilities: capabilities.map(FirmCapabilityDto.from),
      solutions: solutions.map(FirmSolutionDto.from),
      trackRecords: trackRecords.map(FirmTrackRecordDto.from),
      createdAt: firm.createdAt,
      updatedAt: firm.updatedAt,
    };
  }
}
