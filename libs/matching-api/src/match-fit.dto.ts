import { ApiProperty, PickType } from '@nestjs/swagger';
import { PROJECT_STATUSES, type ProjectStatus } from '@app/common';
import { FirmProfileDto } from '@app/firms';
import type { Reason } from '@app/matching';

export const MATCH_REASON_KINDS = [
  'capabilities',
  'must_haves',
  'experience',
  'roles',
  'solution',
  'sector',
  'ladder',
  'gap',
  'boost',
  'evidence',
  'relation',
] as const;
export const MATCH_EXPERIENCE_KINDS = ['home', 'country', 'region'] as const;
export const MATCH_PARTNER_BOOSTS = ['large_sme_pairing', 'local_partner'] as const;
export const MATCH_EVIDENCE_KINDS = ['track_record', 'solution', 'certification', 'verification'] as const;
export const MATCH_RELATION_KINDS = [
  'shared_project',
  'platform_consortium',
  'corporate_group',
  'same_client',
  'same_financier',
] as const;

/** A sentence in both languages. */
export class MatchTextDto {
  @ApiProperty({ example: 'Covers 3 of 4 required capabilities, including the must-have' }) en: string;
  @ApiProperty({ example: '요구 역량 4개 중 3개 보유, 필수 역량 모두 포함' }) ko: string;
}

export class MatchReasonDto extends MatchTextDto {
  @ApiProperty({ enum: MATCH_REASON_KINDS, enumName: 'MatchReasonKind' }) kind: Reason['kind'];
}

/** Points earned per part of the 0–100 fit score. */
export class MatchFitPartsDto {
  @ApiProperty({ description: 'Out of 50: weighted strength over the required capabilities' })
  capabilities: number;
  @ApiProperty({ description: 'Out of 15: share of must-haves covered' }) mustHaves: number;
  @ApiProperty({ description: 'Out of 10: project roles the firm can play' }) roles: number;
  @ApiProperty({ description: 'Out of 15: 15 country, 7.5 region, 0 none' }) experience: number;
  @ApiProperty({ description: 'Out of 5: share of the project sectors the firm works in' }) sector: number;
  @ApiProperty({ description: 'Out of 5: export-ladder stage' }) ladder: number;
}

/** One piece of evidence behind a capability's strength. */
export class MatchEvidenceDto {
  @ApiProperty({ enum: MATCH_EVIDENCE_KINDS, enumName: 'MatchEvidenceKind' })
  kind: (typeof MATCH_EVIDENCE_KINDS)[number];
  @ApiProperty({ description: 'Record title, solution or certification name; empty for verification' })
  name: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How much this item backs the capability' })
  weight: number;
}

/** A tie between two firms in the collaboration graph (who has worked with whom). */
export class MatchRelationDto {
  @ApiProperty({ enum: MATCH_RELATION_KINDS, enumName: 'MatchRelationKind' })
  kind: (typeof MATCH_RELATION_KINDS)[number];
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Base weight × recency' }) weight: number;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The shared project (or consortium project)' })
  title: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) countryCode: string | null;
  @ApiProperty({ required: false, description: 'Platform consortium: its status or outcome' })
  status?: string;
  @ApiProperty({ required: false, description: 'Corporate group, client or financier key' })
  key?: string;
  @ApiProperty({ required: false, type: () => MatchTextDto }) name?: MatchTextDto;
}

export class MatchRequirementBreakdownDto {
  @ApiProperty({ example: 'energy.smart_streetlight' }) code: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) weight: number;
  @ApiProperty() mustHave: boolean;
  @ApiProperty() covered: boolean;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Declared level plus solution evidence, 0–1' })
  strength: number;
  @ApiProperty({ minimum: 0, maximum: 3, description: 'Declared level; 0 when not declared' }) level: number;
  @ApiProperty({ type: [String], description: "Names of the firm's solutions listing this capability" })
  solutions: string[];
  @ApiProperty({ type: [MatchEvidenceDto], description: 'The evidence that counted, strongest first' })
  evidence: MatchEvidenceDto[];
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
}

export class MatchExperienceDto {
  @ApiProperty({
    example: 'ID',
    description: 'The project country, or the regional country of the most recent record',
  })
  country: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
  @ApiProperty({ enum: MATCH_EXPERIENCE_KINDS, enumName: 'MatchExperienceKind' })
  kind: (typeof MATCH_EXPERIENCE_KINDS)[number];
}

/** The fit score of one firm for one project, explained. */
export class MatchFitBreakdownDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: MatchFitPartsDto }) parts: MatchFitPartsDto;
  @ApiProperty({ type: [MatchRequirementBreakdownDto] }) requirements: MatchRequirementBreakdownDto[];
  @ApiProperty({ type: [String], description: 'Project roles the firm can play' }) matchedRoles: string[];
  @ApiProperty({ type: MatchExperienceDto, nullable: true }) experience: MatchExperienceDto | null;
  @ApiProperty({ type: [MatchReasonDto], description: '2–4 sentences, strongest first' })
  reasons: MatchReasonDto[];
}

export class MatchFirmInfoDto extends PickType(FirmProfileDto, [
  'id',
  'name',
  'nameKo',
  'size',
  'homeCountry',
  'isSample',
] as const) {}

export class MatchProjectInfoDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) titleKo: string | null;
  @ApiProperty({ example: 'ID' }) countryCode: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) program: string | null;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
}

export class MatchFirmDto extends MatchFitBreakdownDto {
  @ApiProperty({ type: MatchFirmInfoDto }) firm: MatchFirmInfoDto;
}

export class MatchFirmListDto {
  @ApiProperty({ type: MatchProjectInfoDto }) project: MatchProjectInfoDto;
  @ApiProperty({ description: 'Verified firms that passed the filters and were ranked' }) candidates: number;
  @ApiProperty({ type: [MatchFirmDto], description: 'Best first; ties break on firm id' })
  items: MatchFirmDto[];
}

/** Why a list is empty although the request was fine. */
export class MatchNoteDto extends MatchTextDto {
  @ApiProperty({ enum: ['firm_not_verified'], enumName: 'MatchNoteCode' }) code: 'firm_not_verified';
}

export class MatchProjectDto extends MatchFitBreakdownDto {
  @ApiProperty({ type: MatchProjectInfoDto }) project: MatchProjectInfoDto;
}

export class MatchProjectListDto {
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty({ type: [MatchProjectDto], description: 'Open and announced projects, best fit first' })
  items: MatchProjectDto[];
  @ApiProperty({
    type: MatchNoteDto,
    nullable: true,
    description: 'Set when the firm cannot be matched yet (not verified)',
  })
  note: MatchNoteDto | null;
}

export class MatchPartnerFillDto {
  @ApiProperty({ example: 'data.iot_network' }) code: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: "The asking firm's gap: 1 − its strength" })
  gap: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: "The partner's strength" }) strength: number;
  @ApiProperty() mustHave: boolean;
}

export class MatchPartnerDto {
  @ApiProperty({ type: MatchFirmInfoDto }) firm: MatchFirmInfoDto;
  @ApiProperty({ minimum: 0, maximum: 105 }) score: number;
  @ApiProperty({
    type: [MatchPartnerFillDto],
    description: 'Requirements where the partner closes (part of) your gap',
  })
  fills: MatchPartnerFillDto[];
  @ApiProperty({ type: [String], description: 'Project roles you cannot play and the partner can' })
  rolesAdded: string[];
  @ApiProperty({ enum: MATCH_PARTNER_BOOSTS, enumName: 'MatchPartnerBoost', isArray: true })
  boosts: (typeof MATCH_PARTNER_BOOSTS)[number][];
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: 'Ties to your firm in the collaboration graph (direct, or through a common partner)',
  })
  affinity: number;
  @ApiProperty({
    type: [MatchRelationDto],
    description:
      'Direct relations to your firm, strongest first (shared projects, platform consortia, group…)',
  })
  relations: MatchRelationDto[];
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The common partner when the tie is indirect only',
  })
  via: string | null;
  @ApiProperty({ description: 'Based in your firm’s country' }) compatriot: boolean;
  @ApiProperty({ type: [MatchReasonDto] }) reasons: MatchReasonDto[];
}

export class MatchPartnerListDto {
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty({ type: MatchProjectInfoDto }) project: MatchProjectInfoDto;
  @ApiProperty({ type: [MatchPartnerDto], description: 'Best complement first' }) items: MatchPartnerDto[];
  @ApiProperty({
    type: MatchNoteDto,
    nullable: true,
    description: 'Set when the firm cannot be matched yet (not verified)',
  })
  note: MatchNoteDto | null;
}
