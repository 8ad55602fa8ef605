import { ApiProperty } from '@nestjs/swagger';
import { PROJECT_STATUSES, type ProjectStatus } from '@app/common';

export class ProjectBudgetDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 300000000,
    description: 'Amount in `currency`, when the source gives one',
  })
  amount: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'KRW' }) currency: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The budget as the source states it (ranges, caveats)',
  })
  text: string | null;
}

export class ProjectListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) titleKo: string | null;
  @ApiProperty({ example: 'KG' }) countryCode: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'K-City Network 2022' }) program: string | null;
  @ApiProperty({ example: 'master_plan', description: 'Taxonomy project_track code' }) track: string;
  @ApiProperty({ type: [String], example: ['planning', 'transport'], description: 'Capability domain codes' })
  sectors: string[];
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty({ type: ProjectBudgetDto }) budget: ProjectBudgetDto;
  @ApiProperty({ type: [String], example: ['kcity_grant'], description: 'Financing source codes' })
  financing: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submissionDeadline: string | null;
  @ApiProperty({ description: 'Required capabilities' }) requirementCount: number;
  @ApiProperty({ description: 'Required capabilities marked must-have' }) mustHaveCount: number;
}

export class ProjectFacetCountDto {
  @ApiProperty({ description: 'The facet value (for `program`, the program name)' }) code: string;
  @ApiProperty({ description: 'Projects matching every other active filter that have this value' })
  count: number;
}

export class ProjectFacetsDto {
  @ApiProperty({ type: [ProjectFacetCountDto] }) country: ProjectFacetCountDto[];
  @ApiProperty({ type: [ProjectFacetCountDto] }) sector: ProjectFacetCountDto[];
  @ApiProperty({ type: [ProjectFacetCountDto] }) track: ProjectFacetCountDto[];
  @ApiProperty({ type: [ProjectFacetCountDto] }) financing: ProjectFacetCountDto[];
  @ApiProperty({ type: [ProjectFacetCountDto] }) status: ProjectFacetCountDto[];
  @ApiProperty({ type: [ProjectFacetCountDto] }) program: ProjectFacetCountDto[];
}

export class ProjectListDto {
  @ApiProperty({ type: [ProjectListItemDto] }) items: ProjectListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ type: ProjectFacetsDto }) facets: ProjectFacetsDto;
}

export class ProjectCapabilityRequirementDto {
  @ApiProperty({ example: 'planning.master_plan' }) code: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) weight: number;
  @ApiProperty() mustHave: boolean;
}

export class ProjectTeamRulesDto {
  @ApiProperty() minSmeMembers: number;
  @ApiProperty({ type: Number, nullable: true }) maxMembers: number | null;
  @ApiProperty() localPartnerRequired: boolean;
  @ApiProperty({ description: 'The lead needs prior work in the project country' })
  leadCountryExperience: boolean;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Override: the lead must be based in Korea; null = as the financing implies',
  })
  koreanLead: boolean | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Override: at least half of the members based in Korea; null = as the financing implies',
  })
  koreanMajority: boolean | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    description:
      'Override: role codes a firm based outside Korea may take ([] = none); null = as the financing implies',
  })
  foreignRolesAllowed: string[] | null;
}

/** A financing source or program whose rules apply to the project. */
export class ProjectRuleSourceDto {
  @ApiProperty({ example: 'edcf' }) key: string;
  @ApiProperty({ enum: ['financing', 'program'] }) kind: 'financing' | 'program';
  @ApiProperty({ example: 'EDCF' }) en: string;
  @ApiProperty({ example: '대외경제협력기금(EDCF)' }) ko: string;
  @ApiProperty({ description: 'Where the rule comes from' }) basis: string;
}

/** The team rules matching enforces: the project's own, else what its financing and program imply. */
export class ProjectEffectiveTeamRulesDto {
  @ApiProperty() minSmeMembers: number;
  @ApiProperty({ type: Number, nullable: true }) maxMembers: number | null;
  @ApiProperty() localPartnerRequired: boolean;
  @ApiProperty() leadCountryExperience: boolean;
  @ApiProperty() koreanLead: boolean;
  @ApiProperty() koreanMajority: boolean;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'Roles a firm based outside Korea may take; null = any role',
  })
  foreignRoles: string[] | null;
  @ApiProperty({ type: [String], description: 'Roles the financing adds to the project roles' })
  addedRoles: string[];
  @ApiProperty({ type: [ProjectRuleSourceDto] }) sources: ProjectRuleSourceDto[];
  @ApiProperty({ type: [String], description: 'Rule fields set by the project itself (override the table)' })
  ownFields: string[];
}

export class ProjectRequirementsDto {
  @ApiProperty({ type: [ProjectCapabilityRequirementDto] }) capabilities: ProjectCapabilityRequirementDto[];
  @ApiProperty({ type: [String], example: ['lead', 'planning_consulting'], description: 'Role codes' })
  roles: string[];
  @ApiProperty({ type: ProjectTeamRulesDto }) teamRules: ProjectTeamRulesDto;
  @ApiProperty({ type: ProjectEffectiveTeamRulesDto }) effectiveTeamRules: ProjectEffectiveTeamRulesDto;
}

export class ProjectDetailDto extends ProjectListItemDto {
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) client: string | null;
  @ApiProperty({ type: String, nullable: true }) procurement: string | null;
  @ApiProperty({ type: String, nullable: true }) period: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceNote: string | null;
  @ApiProperty({ type: [String] }) eligibilityNotes: string[];
  @ApiProperty({ type: ProjectRequirementsDto }) requirements: ProjectRequirementsDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send it back with PATCH (optimistic locking)' }) version: number;
}

export class ProjectCountryDto {
  @ApiProperty({ example: 'KG' }) code: string;
  @ApiProperty() projectCount: number;
  @ApiProperty({ type: [String], description: 'Up to 3 most frequent sector codes' }) topSectors: string[];
  @ApiProperty({ description: 'Projects with status `open`' }) openCount: number;
}
