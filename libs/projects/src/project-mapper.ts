import { resolvedTeamRules } from './match-project-input';
import { EFFECTIVE_STATUS, effectiveStatus } from './project-filters';
import type { ProjectDetailDto, ProjectEffectiveTeamRulesDto, ProjectListItemDto } from './project.dto';
import type { Project, ProjectRequirement } from './project.entity';

/** Columns of a list row, selected raw from `projects p` (aliases = ProjectListRow keys). */
export const LIST_COLUMNS: [expression: string, alias: keyof ProjectListRow][] = [
  ['p.id', 'id'],
  ['p.title', 'title'],
  ['p.title_ko', 'titleKo'],
  ['p.country_code', 'countryCode'],
  ['p.city', 'city'],
  ['p.program', 'program'],
  ['p.track', 'track'],
  ['p.sectors', 'sectors'],
  [EFFECTIVE_STATUS, 'status'],
  ['p.budget_amount', 'budgetAmount'],
  ['p.budget_currency', 'budgetCurrency'],
  ['p.budget_text', 'budgetText'],
  ['p.financing', 'financing'],
  ['p.submission_deadline', 'submissionDeadline'],
  // Correlated counts use the (project_id, capability_code) primary key: one round trip per page.
  ['(SELECT count(*) FROM project_requirements r WHERE r.project_id = p.id)::int', 'requirementCount'],
  [
    '(SELECT count(*) FROM project_requirements r WHERE r.project_id = p.id AND r.must_have)::int',
    'mustHaveCount',
  ],
];

export type ProjectListRow = Pick<
  Project,
  | 'id'
  | 'title'
  | 'titleKo'
  | 'countryCode'
  | 'city'
  | 'program'
  | 'track'
  | 'sectors'
  | 'status'
  | 'budgetAmount'
  | 'budgetCurrency'
  | 'budgetText'
  | 'financing'
  | 'submissionDeadline'
> & { requirementCount: number; mustHaveCount: number };

export function toListItem(row: ProjectListRow): ProjectListItemDto {
  return {
    id: row.id,
    title: row.title,
    titleKo: row.titleKo,
    countryCode: row.countryCode,
    city: row.city,
    program: row.program,
    track: row.track,
    sectors: row.sectors,
    status: row.status,
    budget: {
      amount: row.budgetAmount == null ? null : Number(row.budgetAmount),
      currency: row.budgetCurrency,
      text: row.budgetText,
    },
    financing: row.financing,
    submissionDeadline: row.submissionDeadline ? new Date(row.submissionDeadline).toISOString() : null,
    requirementCount: Number(row.requirementCount),
    mustHaveCount: Number(row.mustHaveCount),
  };
}

export function toDetail(project: Project, requirements: ProjectRequirement[]): ProjectDetailDto {
  const capabilities = [...requirements]
    .sort(
      (a, b) =>
        Number(b.mustHave) - Number(a.mustHave) ||
        b.weight - a.weight ||
        a.capabilityCode.localeCompare(b.capabilityCode),
    )
    .map((r) => ({ code: r.capabilityCode, weight: r.weight, mustHave: r.mustHave }));
  return {
    ...toListItem({
      ...project,
      status: effectiveStatus(project.status, project.submissionDeadline),
      requirementCount: requirements.length,
      mustHaveCount: requirements.filter((r) => r.mustHave).length,
    }),
    description: project.description,
    client: project.client,
    procurement: project.procurement,
    period: project.period,
    sourceNote: project.sourceNote,
    eligibilityNotes: project.eligibilityNotes,
    requirements: {
      capabilities,
      roles: project.requiredRoles,
      teamRules: {
        minSmeMembers: project.minSmeMembers,
        maxMembers: project.maxMembers,
        localPartnerRequired: project.localPartnerRequired,
        leadCountryExperience: project.leadCountryExperience,
        koreanLead: project.koreanLead,
        koreanMajority: project.koreanMajority,
        foreignRolesAllowed: project.foreignRolesAllowed,
      },
      effectiveTeamRules: toEffectiveTeamRules(project),
    },
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    version: project.version,
  };
}

function toEffectiveTeamRules(project: Project): ProjectEffectiveTeamRulesDto {
  const { rules, roles, sources, ownFields } = resolvedTeamRules(project);
  return {
    ...rules,
    addedRoles: roles.filter((r) => !project.requiredRoles.includes(r)),
    sources: sources.map((s) => ({
      key: s.key,
      kind: s.kind,
      en: s.label.en,
      ko: s.label.ko,
      basis: s.basis,
    })),
    ownFields,
  };
}
