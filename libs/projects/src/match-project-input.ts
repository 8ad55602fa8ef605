import type { MatchProjectInput } from '@app/matching';
import type { Project, ProjectRequirement } from './project.entity';

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
    teamRules: {
      minSmeMembers: project.minSmeMembers,
      maxMembers: project.maxMembers,
      localPartnerRequired: project.localPartnerRequired,
      leadCountryExperience: project.leadCountryExperience,
    },
  };
}
