/** Catalog API types, all derived from the generated OpenAPI types (never written by hand). */
import type { paths } from '../../../lib/api/schema';
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type ProjectList = ResponseBody<'/api/projects', 'get', 200>;
export type ProjectListItem = ProjectList['items'][number];
export type ProjectFacets = ProjectList['facets'];
export type FacetCount = ProjectFacets['country'][number];
export type ProjectBudget = ProjectListItem['budget'];
export type { ProjectStatus } from '../../../lib/api/types';

export type ProjectDetail = ResponseBody<'/api/projects/{id}', 'get', 200>;
export type ProjectRequirements = ProjectDetail['requirements'];
export type CapabilityRequirement = ProjectRequirements['capabilities'][number];
export type TeamRules = ProjectRequirements['teamRules'];
export type EffectiveTeamRules = ProjectRequirements['effectiveTeamRules'];

/** Query parameters of `GET /api/projects` (filters, paging, sort). */
export type ProjectListQuery = NonNullable<NonNullable<paths['/api/projects']['get']['parameters']['query']>>;
export type ProjectSort = NonNullable<ProjectListQuery['sort']>;

/** The financing-rule overrides staff set per project (null = as the financing implies). */
export type TeamRuleOverrides = Pick<TeamRules, 'koreanLead' | 'koreanMajority' | 'foreignRolesAllowed'>;

/** The team rules as PATCH sends them (the stored rules with the overrides). */
export type TeamRulesInput = TeamRules;
export type CreateProjectRequest = RequestBody<'/api/projects', 'post'>;
export type UpdateProjectRequest = RequestBody<'/api/projects/{id}', 'patch'>;

export type ProjectImportResult = ResponseBody<'/api/projects/import', 'post', 200>;
export type ImportField = ProjectImportResult['fields'][number];
export type ImportRow = ProjectImportResult['rows'][number];
export type ImportError = ProjectImportResult['errors'][number];
