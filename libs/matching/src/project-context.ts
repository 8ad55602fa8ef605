import type { MatchIndex } from './match-index';
import { regionOf } from './regions';
import type { MatchProjectInput } from './types';

/** A project prepared once per request: requirement code ids and totals. */
export interface ProjectContext {
  project: MatchProjectInput;
  codeIds: Int16Array;
  weights: Float64Array;
  mustHave: Uint8Array;
  totalWeight: number;
  mustHaveCount: number;
  region: string | undefined;
  domains: string[];
  domainMask: number;
  roleMask: number;
}

export function projectContext(index: MatchIndex, project: MatchProjectInput): ProjectContext {
  const reqs = project.requirements;
  return {
    project,
    codeIds: Int16Array.from(reqs, (r) => index.codeId(r.code)),
    weights: Float64Array.from(reqs, (r) => r.weight),
    mustHave: Uint8Array.from(reqs, (r) => (r.mustHave ? 1 : 0)),
    totalWeight: reqs.reduce((s, r) => s + r.weight, 0),
    mustHaveCount: reqs.filter((r) => r.mustHave).length,
    region: regionOf(project.countryCode),
    domains: project.sectors,
    domainMask: index.mask(project.sectors.map((d) => `domain:${d}`)),
    roleMask: index.mask(project.roles.map((r) => `role:${r}`)),
  };
}

/** 1: track record in the country or based there; 0.5: track record in the same region; else 0. */
export function countryExperience(index: MatchIndex, row: number, ctx: ProjectContext): number {
  const firm = index.firms[row];
  const country = ctx.project.countryCode;
  if (firm.homeCountry === country || index.experience[row].has(country)) return 1;
  return ctx.region && index.regions[row].has(ctx.region) ? 0.5 : 0;
}

export function isLocal(index: MatchIndex, row: number, ctx: ProjectContext): boolean {
  return index.firms[row].homeCountry === ctx.project.countryCode;
}
