import type { MatchIndex } from './match-index';
import { countryExperience, isLocal, type ProjectContext } from './project-context';

/** The consortium objective's weights (see README.md: J(T)). */
export const OBJECTIVE = { coverage: 80, roles: 15, leadExperience: 5, perMember: 1 } as const;
/** Search cap when a project sets no maximum team size. */
export const DEFAULT_MAX_MEMBERS = 8;

export type RuleId = 'must_haves' | 'min_sme' | 'max_members' | 'local_partner' | 'lead_country_experience';

export interface Scored {
  objective: number;
  feasible: boolean;
  failed: RuleId[];
  lead: number;
  /** Per member (same order as given): index into `roles` it plays, -1 for none, -2 for the lead slot. */
  roleOf: Int8Array;
}

/**
 * Scores teams drawn from a candidate pool. Strengths, roles and flags are copied into flat
 * arrays once, so the search can evaluate thousands of teams per request.
 */
export class TeamScorer {
  readonly rows: number[];
  readonly strength: Float64Array; // pool × requirements
  readonly exp: Float64Array;
  readonly sme: Uint8Array;
  readonly local: Uint8Array;
  readonly canPlay: Uint8Array; // pool × roles (excluding the lead slot)
  readonly roles: string[];
  readonly leadRole: boolean;
  readonly maxMembers: number;
  private readonly r: number;
  private seenBuffer = new Uint8Array(0);

  constructor(
    readonly index: MatchIndex,
    readonly ctx: ProjectContext,
    rows: number[],
  ) {
    this.rows = rows;
    const reqs = ctx.codeIds.length;
    this.r = reqs;
    this.strength = new Float64Array(rows.length * reqs);
    this.exp = new Float64Array(rows.length);
    this.sme = new Uint8Array(rows.length);
    this.local = new Uint8Array(rows.length);
    this.leadRole = ctx.project.roles.includes('lead');
    this.roles = ctx.project.roles.filter((r) => r !== 'lead');
    this.canPlay = new Uint8Array(rows.length * this.roles.length);
    this.maxMembers = ctx.project.teamRules.maxMembers ?? DEFAULT_MAX_MEMBERS;
    rows.forEach((row, p) => {
      for (let i = 0; i < reqs; i++) this.strength[p * reqs + i] = index.strength(row, ctx.codeIds[i]);
      this.exp[p] = countryExperience(index, row, ctx);
      this.sme[p] = index.isSme(row) ? 1 : 0;
      this.local[p] = isLocal(index, row, ctx) ? 1 : 0;
      const firmRoles = index.firms[row].roles;
      this.roles.forEach(
        (role, k) => (this.canPlay[p * this.roles.length + k] = firmRoles.includes(role) ? 1 : 0),
      );
    });
  }

  /**
   * Whether adding p to the team can change J or a rule: it raises coverage somewhere, adds a
   * needed SME/local/experienced firm, or can play a required role. Others only cost a member.
   */
  canHelp(members: readonly number[], p: number, fixedLead: boolean): boolean {
    for (let i = 0; i < this.r; i++) {
      const sp = this.s(p, i);
      if (sp > 0 && members.every((m) => this.s(m, i) < sp)) return true;
    }
    const rules = this.ctx.project.teamRules;
    if (this.sme[p] && members.reduce((n, m) => n + this.sme[m], 0) < rules.minSmeMembers) return true;
    if (this.local[p] && rules.localPartnerRequired && !members.some((m) => this.local[m])) return true;
    if (!fixedLead && this.exp[p] > 0 && members.every((m) => this.exp[m] < this.exp[p])) return true;
    const k = this.roles.length;
    for (let role = 0; role < k; role++) if (this.canPlay[p * k + role]) return true;
    return false;
  }

  s(p: number, req: number): number {
    return this.strength[p * this.r + req];
  }

  coverage(members: readonly number[]): number {
    const { weights, totalWeight } = this.ctx;
    if (!totalWeight) return 1;
    let sum = 0;
    for (let i = 0; i < this.r; i++) {
      let best = 0;
      for (const p of members) best = Math.max(best, this.s(p, i));
      sum += weights[i] * best;
    }
    return sum / totalWeight;
  }

  /** J(T) with a given lead, plus the hard-rule checks. */
  scoreWithLead(members: readonly number[], lead: number): Scored {
    return this.withLead(members, lead, this.coverage(members), this.teamFailures(members));
  }

  /** Best lead among the members (or the fixed one): feasible first, then highest J. */
  score(members: readonly number[], fixedLead?: number): Scored {
    // Coverage and the lead-independent rules are the same for every choice of lead.
    const coverage = this.coverage(members);
    const failures = this.teamFailures(members);
    if (fixedLead !== undefined) return this.withLead(members, fixedLead, coverage, failures);
    let best: Scored | undefined;
    for (const lead of members) {
      const s = this.withLead(members, lead, coverage, failures);
      if (
        !best ||
        (s.feasible && !best.feasible) ||
        (s.feasible === best.feasible && s.objective > best.objective)
      )
        best = s;
    }
    return best!;
  }

  failedRules(members: readonly number[], lead: number): RuleId[] {
    return this.leadFailures(this.teamFailures(members), lead);
  }

  private withLead(members: readonly number[], lead: number, coverage: number, failures: RuleId[]): Scored {
    const { roleOf, matched } = this.assignRoles(members, lead);
    const roleCount = this.roles.length + (this.leadRole ? 1 : 0);
    const roleTerm = roleCount ? (matched + (this.leadRole ? 1 : 0)) / roleCount : 1;
    const objective =
      OBJECTIVE.coverage * coverage +
      OBJECTIVE.roles * roleTerm +
      OBJECTIVE.leadExperience * this.exp[lead] -
      OBJECTIVE.perMember * members.length;
    const failed = this.leadFailures(failures, lead);
    return { objective, feasible: failed.length === 0, failed, lead, roleOf };
  }

  private leadFailures(teamFailures: RuleId[], lead: number): RuleId[] {
    return this.ctx.project.teamRules.leadCountryExperience && this.exp[lead] < 1
      ? [...teamFailures, 'lead_country_experience']
      : teamFailures;
  }

  private teamFailures(members: readonly number[]): RuleId[] {
    const rules = this.ctx.project.teamRules;
    const failed: RuleId[] = [];
    for (let i = 0; i < this.r; i++) {
      if (!this.ctx.mustHave[i]) continue;
      if (!members.some((p) => this.s(p, i) > 0)) {
        failed.push('must_haves');
        break;
      }
    }
    if (members.reduce((n, p) => n + this.sme[p], 0) < rules.minSmeMembers) failed.push('min_sme');
    if (members.length > this.maxMembers) failed.push('max_members');
    if (rules.localPartnerRequired && !members.some((p) => this.local[p])) failed.push('local_partner');
    return failed;
  }

  /** Maximum matching of non-lead members to the required roles (each member plays one role). */
  private assignRoles(members: readonly number[], lead: number): { roleOf: Int8Array; matched: number } {
    const k = this.roles.length;
    const roleOf = new Int8Array(members.length).fill(-1);
    const holder = new Int16Array(k).fill(-1); // role -> member position
    const leadPos = members.indexOf(lead);
    if (leadPos >= 0) roleOf[leadPos] = -2;
    let matched = 0;
    const tryAssign = (m: number, seen: Uint8Array): boolean => {
      const p = members[m];
      for (let role = 0; role < k; role++) {
        if (!this.canPlay[p * k + role] || seen[role]) continue;
        seen[role] = 1;
        if (holder[role] < 0 || tryAssign(holder[role], seen)) {
          holder[role] = m;
          roleOf[m] = role;
          return true;
        }
      }
      return false;
    };
    const seen = this.seenBuffer.length >= k ? this.seenBuffer : (this.seenBuffer = new Uint8Array(k));
    for (let m = 0; m < members.length; m++) {
      if (m === leadPos) continue;
      seen.fill(0);
      if (tryAssign(m, seen)) matched++;
    }
    return { roleOf, matched };
  }
}
