import { ApiProperty } from '@nestjs/swagger';
import { FIRM_SIZES, type FirmSize } from '@app/common';
import type { AlternativeLabel, RuleId } from '@app/matching';
import { MatchRelationDto, MatchTextDto } from './match-fit.dto';

export const TEAM_RULES = [
  'must_haves',
  'min_sme',
  'max_members',
  'local_partner',
  'lead_country_experience',
  'korean_lead',
  'korean_majority',
  'foreign_roles',
] as const;
export const ALTERNATIVE_KINDS = [
  'best',
  'proven_partners',
  'lighter',
  'more_smes',
  'stronger_coverage',
  'more_local',
  'different_lead',
  'more_experienced_lead',
  'same_score',
] as const;

export class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ enum: FIRM_SIZES }) size: FirmSize;
  @ApiProperty({ example: 'KR' }) homeCountry: string;
  @ApiProperty({ description: 'Synthetic demo firm: label it as sample data' }) isSample: boolean;
  @ApiProperty({
    description: 'Has an active admin who can answer an invitation; false: not yet on the platform',
  })
  onPlatform: boolean;
  @ApiProperty({
    example: 'system_integration',
    description: 'Role code (taxonomy kind role); `lead` for the lead',
  })
  role: string;
  @ApiProperty() isLead: boolean;
  @ApiProperty({ type: [String], description: 'Requirement codes this member covers best in the team' })
  covers: string[];
}

/** One requirement across the team: the matrix row. */
export class TeamCoverageRowDto {
  @ApiProperty({ example: 'energy.smart_streetlight' }) code: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) weight: number;
  @ApiProperty() mustHave: boolean;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Best strength in the team' }) best: number;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Firm id of the best member; null for a gap',
  })
  coveredBy: string | null;
  @ApiProperty({ type: [Number], description: 'Strength 0–1 per member, in the order of `members`' })
  cells: number[];
}

export class TeamRuleCheckDto {
  @ApiProperty({ enum: TEAM_RULES, enumName: 'TeamRule' }) rule: RuleId;
  @ApiProperty({ description: 'False when the project does not impose the rule (it then always passes)' })
  required: boolean;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: MatchTextDto }) detail: MatchTextDto;
}

/** Two members who have worked together, with the strongest evidence. */
export class TeamRelationDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 }) firmIds: [string, string];
  @ApiProperty({ minimum: 0, maximum: 1 }) affinity: number;
  @ApiProperty({ type: MatchRelationDto }) relation: MatchRelationDto;
  @ApiProperty({ type: MatchTextDto, description: 'E.g. "X and Y worked together on …, 2017"' })
  text: MatchTextDto;
}

/** How an alternative team differs from the first suggestion. */
export class TeamAlternativeDto {
  @ApiProperty({ enum: ALTERNATIVE_KINDS, enumName: 'TeamAlternativeKind', isArray: true })
  labels: AlternativeLabel[];
  @ApiProperty({ type: [String], description: 'Firm ids in this team and not in the first one' })
  added: string[];
  @ApiProperty({ type: [String], description: 'Firm ids of the first team not in this one' })
  removed: string[];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: '1-based position of an earlier team with the same displayed score',
  })
  sameScoreAs: number | null;
  @ApiProperty({ type: MatchTextDto }) summary: MatchTextDto;
}

export class TeamReportDto {
  @ApiProperty({ type: [TeamMemberDto] }) members: TeamMemberDto[];
  @ApiProperty({ type: [TeamCoverageRowDto], description: 'Requirements × members' })
  coverage: TeamCoverageRowDto[];
  @ApiProperty({ type: [String], description: 'Requirement codes no member covers' }) gaps: string[];
  @ApiProperty({ type: [TeamRuleCheckDto] }) rules: TeamRuleCheckDto[];
  @ApiProperty({ description: 'Every rule passes' }) feasible: boolean;
  @ApiProperty({ description: 'The objective J (coverage 80, roles 15, lead experience 5, −1 per member)' })
  objective: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'J rounded and clamped to 0–100 for display' })
  score: number;
  @ApiProperty({ description: "The team's ties: Σ over members of min(1, affinity to the others)" })
  affinity: number;
  @ApiProperty({ type: [TeamRelationDto], description: 'Members who have worked together' })
  relations: TeamRelationDto[];
  @ApiProperty({
    type: TeamAlternativeDto,
    nullable: true,
    description: 'How this team differs from the first suggestion (suggestions only)',
  })
  alternative: TeamAlternativeDto | null;
  @ApiProperty({ type: MatchTextDto }) explanation: MatchTextDto;
}

export class ConsortiumBlockerDto extends MatchTextDto {
  @ApiProperty({ enum: TEAM_RULES, enumName: 'TeamRule' }) rule: RuleId;
}

export class ConsortiumSuggestionsDto {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ description: 'At least one team satisfies every rule' }) feasible: boolean;
  @ApiProperty({
    type: [TeamReportDto],
    description:
      'Feasible teams that differ from each other, best first; when none is feasible, the best partial teams with their failing checks',
  })
  teams: TeamReportDto[];
  @ApiProperty({
    type: [ConsortiumBlockerDto],
    description: 'Why no team satisfies the rules (empty when feasible)',
  })
  blockers: ConsortiumBlockerDto[];
}
