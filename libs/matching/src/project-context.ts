import { effectiveTeamRules, type FinancingRule } from './financing-rules';
import type { MatchIndex } from './match-index';
import { regionOf } from './regions';
import type { MatchProjectInput, TeamRules } from './types';

/** A project prepared once per request: effective rules, requirement code ids and totals. */
export interface ProjectContext {
  project: MatchProjectInput;
  /** The team rules after the financing and program table (README.md). */
  rules: TeamRules;
  /** The project's roles plus those its financing implies. */
  roles: string[];
  ruleSources: FinancingRule[];
  codeIds: Int16Array;
  weights: Float64Array;
  mustHave: Uint8Array;
  totalWeight: number;
  mustHaveCount: number;
  region: string | undefined;
  domains: string[];
  domainMask: number;
  roleMask: number;
  /** Bit of `local_partner` (0 when the project does not ask for the role). */
  localBit: number;
  /** Roles a firm based outside Korea may take, as a mask; -1 when any. */
  foreignMask: number;
  /** The project country's id in the index (`MatchIndex.countryId`). */
  countryId: number;
}

export function projectContext(index: MatchIndex, project: MatchProjectInput): ProjectContext {
  const reqs = project.requirements;
  const effective = effectiveTeamRules(project);
  const roles = [...new Set([...project.roles, ...effective.roles])];
  const foreign = effective.rules.foreignRoles;
  return {
    project,
    rules: effective.rules,
    roles,
    ruleSources: effective.sources,
    codeIds: Int16Array.from(reqs, (r) => index.codeId(r.code)),
    weights: Float64Array.from(reqs, (r) => r.weight),
    mustHave: Uint8Array.from(reqs, (r) => (r.mustHave ? 1 : 0)),
    totalWeight: reqs.reduce((s, r) => s + r.weight, 0),
    mustHaveCount: reqs.filter((r) => r.mustHave).length,
    region: regionOf(project.countryCode),
    domains: project.sectors,
    domainMask: index.mask(project.sectors.map((d) => `domain:${d}`)),
    roleMask: index.mask(roles.map((r) => `role:${r}`)),
    localBit: index.bit('role:local_partner'),
    foreignMask: foreign ? index.mask(foreign.map((r) => `role:${r}`)) : -1,
    countryId: index.countryId(project.countryCode),
  };
}

/** 1: track record in the country or based there; 0.5: track record in the same region; else 0. */
export function countryExperience(index: MatchIndex, row: number, ctx: ProjectContext): number {
  const country = ctx.project.countryCode;
  if (index.home[row] === ctx.countryId || index.experience[row].has(country)) return 1;
  return ctx.region && index.regions[row].has(ctx.region) ? 0.5 : 0;
}

export function isLocal(index: MatchIndex, row: number, ctx: ProjectContext): boolean {
  return index.home[row] === ctx.countryId;
}

/**
 * The roles (as a mask) a firm can take on this project: those it declares, except that
 * `local_partner` belongs to firms based in the project's country (declared or not), and a firm
 * based outside Korea keeps only the roles the financing rules allow it.
 */
export function roleMaskFor(index: MatchIndex, row: number, ctx: ProjectContext): number {
  let mask = index.roleMask[row] & ~ctx.localBit;
  if (isLocal(index, row, ctx)) mask |= ctx.localBit;
  if (ctx.foreignMask !== -1 && !index.isKorean(row)) mask &= ctx.foreignMask;
  return mask >>> 0;
}

export function canPlay(index: MatchIndex, row: number, ctx: ProjectContext, role: string): boolean {
  return (roleMaskFor(index, row, ctx) & index.bit(`role:${role}`)) !== 0;
}

/** Whether the rules let the firm join at all (a foreign firm needs a role the rules allow it). */
export function mayJoin(index: MatchIndex, row: number, ctx: ProjectContext): boolean {
  if (ctx.foreignMask === -1 || index.isKorean(row)) return true;
  return roleMaskFor(index, row, ctx) !== 0;
}

/** Whether the firm may lead under the rules (Korean lead; foreign leads only where allowed). */
export function mayLead(index: MatchIndex, row: number, ctx: ProjectContext): boolean {
  if (index.isKorean(row)) return true;
  if (ctx.rules.koreanLead) return false;
  return ctx.foreignMask === -1 || (ctx.foreignMask & index.bit('role:lead')) !== 0;
}
