import { effectiveTeamRules, type MatchProjectInput, type TeamRulesInput } from '@app/matching';
import type { Project, ProjectRequirement } from './project.entity';

/**
 * The project's own team rules: the stored ones, plus the financing overrides staff set (a null
 * override leaves the rule to the financing source and program, see libs/matching financing-rules).
 */
export function ownTeamRules(
  project: Pick<
    Project,
    | 'minSmeMembers'
    | 'maxMembers'
    | 'localPartnerRequired'
    | 'leadCountryExperience'
    | 'koreanLead'
    | 'koreanMajority'
    | 'foreignRolesAllowed'
  >,
): TeamRulesInput {
  const rules: TeamRulesInput = {
    minSmeMembers: project.minSmeMembers,
    maxMembers: project.maxMembers,
    localPartnerRequired: project.localPartnerRequired,
    leadCountryExperience: project.leadCountryExperience,
  };
  if (project.koreanLead !== null && project.koreanLead !== undefined) rules.koreanLead = project.koreanLead;
  if (project.koreanMajority !== null && project.koreanMajority !== undefined)
    rules.koreanMajority = project.koreanMajority;
  if (project.foreignRolesAllowed) rules.foreignRoles = [...project.foreignRolesAllowed];
  return rules;
}

/** A project and its requirement rows as the matching engine's input: must-haves first, then by weight (the catalog's order). */
export function toMatchProjectInput(project: Project, requirements: ProjectRequirement[]): MatchProjectInput {
  const sorted = [...requirements].sort(
    (a, b) =>
      Number(b.mustHave) - Number(a.mustHave) ||
      b.weight - a.weight ||
      a.capabilityCode.localeCompare(b.capabilityCode),
  );
  return {
    id: project.id,
    countryCode: project.countryCode.trim(),
    sectors: project.sectors,
    requirements: sorted.map((r) => ({ code: r.capabilityCode, weight: r.weight, mustHave: r.mustHave })),
    roles: project.requiredRoles,
    teamRules: ownTeamRules(project),
    // The financing source, program and client imply rules (a Korean lead for EDCF, KOICA, K-City…).
    financing: project.financing,
    program: project.program,
    client: project.client,
  };
}

/** The rules in force for a project and where each comes from, for the project page. */
export function resolvedTeamRules(project: Project) {
  return effectiveTeamRules({
    teamRules: ownTeamRules(project),
    financing: project.financing,
    program: project.program,
    client: project.client,
  });
}
