import type { FirmCapability } from './firm-capability.entity';
import { FirmCapabilityDto } from './firm-capability.dto';
import type { FirmSolution } from './firm-solution.entity';
import { FirmSolutionDto } from './firm-solution.dto';
import type { FirmTrackRecord } from './firm-track-record.entity';
import { FirmTrackRecordDto } from './firm-track-record.dto';
import type { FirmVerificationDto } from './firm-verification.dto';
import type { FirmListItemDto, FirmProfileDto, FirmSummaryDto } from './firm.dto';
import type { Firm } from './firm.entity';

/** Firm entity → every firm answer of the API, in one place (char(2) columns come back space-padded). */

export const toFirmSummary = (f: Firm): FirmSummaryDto => ({
  id: f.id,
  name: f.name,
  nameKo: f.nameKo,
  size: f.size,
  type: f.type,
  homeCountry: f.homeCountry.trim(),
  verificationStatus: f.verificationStatus,
  verificationReason: f.verificationReason,
});

export const toFirmVerification = (f: Firm): FirmVerificationDto => ({
  ...toFirmSummary(f),
  verifiedAt: f.verifiedAt,
  verifiedById: f.verifiedById,
});

export interface FirmChildren {
  capabilities: FirmCapability[];
  solutions: FirmSolution[];
  trackRecords: FirmTrackRecord[];
}

export const toFirmProfile = (f: Firm, children: FirmChildren, onPlatform: boolean): FirmProfileDto => ({
  ...toFirmSummary(f),
  description: f.description,
  website: f.website,
  employeesBand: f.employeesBand,
  foundedYear: f.foundedYear,
  ladderStage: f.ladderStage,
  targetCountries: f.targetCountries,
  roles: f.roles,
  corporateGroup: f.corporateGroup,
  isSample: f.isSample,
  onPlatform,
  sourceNote: f.sourceNote,
  verifiedAt: f.verifiedAt,
  capabilities: children.capabilities.map((c) => FirmCapabilityDto.from(c)),
  solutions: children.solutions.map((s) => FirmSolutionDto.from(s)),
  trackRecords: children.trackRecords.map((t) => FirmTrackRecordDto.from(t)),
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

export type FirmListStats = Pick<
  FirmListItemDto,
  'capabilityCount' | 'topCapabilities' | 'trackRecordCountries' | 'onPlatform'
>;

export const toFirmListItem = (f: Firm, stats: FirmListStats): FirmListItemDto => ({
  id: f.id,
  name: f.name,
  nameKo: f.nameKo,
  size: f.size,
  type: f.type,
  homeCountry: f.homeCountry.trim(),
  ladderStage: f.ladderStage,
  verificationStatus: f.verificationStatus,
  isSample: f.isSample,
  ...stats,
});
