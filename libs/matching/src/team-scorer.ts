import { CollaborationGraph } from './collaboration-graph';
import type { MatchIndex } from './match-index';
import {
  countryExperience,
  isLocal,
  mayJoin,
  mayLead,
  roleMaskFor,
  type ProjectContext,
} from './project-context';
import { OBJECTIVE_WEIGHTS, type ObjectiveWeights } from './weights';

/** The v2 consortium objective's weights (see README.md: J(T)). */
export const OBJECTIVE = OBJECTIVE_WEIGHTS.v2;
/** Search cap when a project sets no maximum team size. */
export const DEFAULT_MAX_MEMBERS = 8;

export type RuleId =
  | 'must_haves'
  | 'min_sme'
  | 'max_members'
  | 'local_partner'
  | 'lead_country_experience'
  | 'korean_lead'
  | 'korean_majority'
  | 'foreign_roles';

export interface Scored {
  objective: number;
  feasible: boolean;
  failed: RuleId[];
  lead: number;
  /** Per member (same order as given): index into `roles` it plays, -1 for none, -2 for the lead slot. */
  roleOf: Int8Array;
  /** Σ over members of min(1, Σ affinity to the other members). */
  affinity: number;
  coverage: number;
}

/**
 * Scores teams drawn from a candidate pool. Strengths, roles, flags and pairwise affinities are
 * copied into flat arrays once, so the search can evaluate thousands of teams per request.
 */
export class TeamScorer {
  readonly rows: number[];
  readonly strength: Float64Array; // pool × requirements
  readonly exp: Float64Array;
  readonly sme: Uint8Array;
  readonly local: Uint8Array;
  readonly korean: Uint8Array;
  /** May join under the rules / may lead under the rules. */
  readonly joinable: Uint8Array;
  readonly leadable: Uint8Array;
  readonly canPlay: Uint8Array; // pool × roles (excluding the lead slot)
  /** Pairwise affinity, pool × pool (0 on the diagonal). */
  readonly aff: Float64Array;
  /** Pool members with any affinity to another pool member. */
  readonly linked: Uint8Array;
  readonly roles: string[];
  readonly leadRole: boolean;
  readonly maxMembers: number;
  readonly weights: ObjectiveWeights;
  private readonly r: number;
  private readonly n: number;
  private seenBuffer = new Uint8Array(0);
  private holder = new Int16Array(0);
  private trial = new Int8Array(0);
  private kept = new Int8Array(0);
  /** Set by assignRoles: a member based abroad got no allowed role. */
  private foreignUnplaced = false;

  constructor(
    readonly index: MatchIndex,
    readonly ctx: ProjectContext,
    rows: number[],
    readonly graph: CollaborationGraph = CollaborationGraph.empty(),
    /** Row of the asking firm (a fixed lead): it counts with its own claims, not discounted. */
    self?: number,
  ) {
    this.rows = rows;
    const n = rows.length;
    this.n = n;
    const reqs = ctx.codeIds.length;
    this.r = reqs;
    this.weights = OBJECTIVE_WEIGHTS[index.model];
    this.strength = new Float64Array(n * reqs);
    this.exp = new Float64Array(n);
    this.sme = new Uint8Array(n);
    this.local = new Uint8Array(n);
    this.korean = new Uint8Array(n);
    this.joinable = new Uint8Array(n);
    this.leadable = new Uint8Array(n);
    this.leadRole = ctx.roles.includes('lead');
    this.roles = ctx.roles.filter((r) => r !== 'lead');
    const k = this.roles.length;
    const roleBits = this.roles.map((r) => index.bit(`role:${r}`));
    this.canPlay = new Uint8Array(n * k);
    this.maxMembers = ctx.rules.maxMembers ?? DEFAULT_MAX_MEMBERS;
    rows.forEach((row, p) => {
      const own = row === self ? index.claims(row, ctx.codeIds) : null;
      for (let i = 0; i < reqs; i++)
        this.strength[p * reqs + i] = own ? own[i] : index.strength(row, ctx.codeIds[i]);
      this.exp[p] = countryExperience(index, row, ctx);
      this.sme[p] = index.isSme(row) ? 1 : 0;
      this.local[p] = isLocal(index, row, ctx) ? 1 : 0;
      this.korean[p] = index.isKorean(row) ? 1 : 0;
      this.joinable[p] = mayJoin(index, row, ctx) ? 1 : 0;
      this.leadable[p] = mayLead(index, row, ctx) ? 1 : 0;
      const mask = roleMaskFor(index, row, ctx);
      for (let role = 0; role < k; role++) this.canPlay[p * k + role] = mask & roleBits[role] ? 1 : 0;
    });
    this.aff = new Float64Array(n * n);
    this.linked = new Uint8Array(n);
    if (this.weights.affinity > 0) {
      const at = new Map(rows.map((row, p) => [index.firms[row].id, p]));
      rows.forEach((row, p) => {
        for (const [other, link] of graph.neighbours(index.firms[row].id)) {
          const q = at.get(other);
          if (q === undefined || q === p) continue;
          this.aff[p * n + q] = link.affinity;
          this.linked[p] = 1;
        }
      });
    }
  }

  /**
   * Whether adding p to the team can change J or a rule: it raises coverage somewhere, has ties to
   * a member, adds a needed SME/local/Korean/experienced firm, or can play a required role.
   */
  canHelp(members: readonly number[], p: number, fixedLead: boolean): boolean {
    if (!this.joinable[p]) return false;
    for (let i = 0; i < this.r; i++) {
      const sp = this.s(p, i);
      if (sp > 0 && members.every((m) => this.s(m, i) < sp)) return true;
    }
    if (this.linked[p] && members.some((m) => this.aff[p * this.n + m] > 0)) return true;
    const rules = this.ctx.rules;
    if (this.sme[p] && members.reduce((n, m) => n + this.sme[m], 0) < rules.minSmeMembers) return true;
    if (this.local[p] && rules.localPartnerRequired && !members.some((m) => this.local[m])) return true;
    if (this.korean[p] && rules.koreanMajority && !this.koreanMajority(members)) return true;
    if (!fixedLead && this.leadable[p] && !members.some((m) => this.leadable[m])) return true;
    if (!fixedLead && this.exp[p] > 0 && members.every((m) => this.exp[m] < this.exp[p])) return true;
    const k = this.roles.length;
    for (let role = 0; role < k; role++) if (this.canPlay[p * k + role]) return true;
    return false;
  }

  s(p: number, req: number): number {
    return this.strength[p * this.r + req];
  }

  a(p: number, q: number): number {
    return this.aff[p * this.n + q];
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

  /** Σ over members of min(1, Σ affinity to the other members). */
  teamAffinity(members: readonly number[]): number {
    let total = 0;
    for (const p of members) {
      if (!this.linked[p]) continue;
      let ties = 0;
      for (const q of members) if (q !== p) ties += this.aff[p * this.n + q];
      total += Math.min(1, ties);
    }
    return total;
  }

  /** J(T) with a given lead, plus the hard-rule checks. */
  scoreWithLead(members: readonly number[], lead: number): Scored {
    const roleOf = new Int8Array(members.length);
    return this.withLead(
      members,
      lead,
      this.coverage(members),
      this.teamAffinity(members),
      this.teamFailures(members),
      roleOf,
    );
  }

  /** Best lead among the members (or the fixed one): feasible first, then highest J. */
  score(members: readonly number[], fixedLead?: number): Scored {
    // Coverage, affinity and the lead-independent rules are the same for every choice of lead.
    const coverage = this.coverage(members);
    const affinity = this.teamAffinity(members);
    const failures = this.teamFailures(members);
    if (fixedLead !== undefined)
      return this.withLead(members, fixedLead, coverage, affinity, failures, new Int8Array(members.length));
    // Two role buffers: the best so far and the one being tried; only the winner is copied out.
    if (this.trial.length < members.length) {
      this.trial = new Int8Array(members.length * 2);
      this.kept = new Int8Array(members.length * 2);
    }
    let best: Scored | undefined;
    // J with lead L is at most this plus 5·exp(L): every other member holding a role.
    const roleCount = this.roles.length + (this.leadRole ? 1 : 0);
    const w = this.weights;
    const ceiling =
      w.coverage * coverage +
      w.affinity * affinity -
      w.perMember * members.length +
      w.roles *
        (roleCount
          ? (Math.min(members.length - 1, this.roles.length) + (this.leadRole ? 1 : 0)) / roleCount
          : 1);
    for (const lead of members) {
      if (
        best?.feasible &&
        failures.length === 0 &&
        ceiling + w.leadExperience * this.exp[lead] <= best.objective
      )
        continue;
      const s = this.withLead(members, lead, coverage, affinity, failures, this.trial);
      if (
        !best ||
        (s.feasible && !best.feasible) ||
        (s.feasible === best.feasible &&
          (s.failed.length < best.failed.length ||
            (s.failed.length === best.failed.length && s.objective > best.objective)))
      ) {
        best = s;
        [this.kept, this.trial] = [this.trial, this.kept];
        best.roleOf = this.kept;
      }
    }
    best!.roleOf = this.kept.slice(0, members.length);
    return best!;
  }

  failedRules(members: readonly number[], lead: number): RuleId[] {
    return this.scoreWithLead(members, lead).failed;
  }

  private koreanMajority(members: readonly number[]): boolean {
    let korean = 0;
    for (const p of members) korean += this.korean[p];
    return 2 * korean >= members.length;
  }

  private withLead(
    members: readonly number[],
    lead: number,
    coverage: number,
    affinity: number,
    failures: RuleId[],
    roleOf: Int8Array,
  ): Scored {
    const matched = this.assignRoles(members, lead, roleOf);
    const foreignUnplaced = this.foreignUnplaced;
    const roleCount = this.roles.length + (this.leadRole ? 1 : 0);
    const roleTerm = roleCount ? (matched + (this.leadRole ? 1 : 0)) / roleCount : 1;
    const w = this.weights;
    const objective =
      w.coverage * coverage +
      w.roles * roleTerm +
      w.leadExperience * this.exp[lead] +
      w.affinity * affinity -
      w.perMember * members.length;
    const rules = this.ctx.rules;
    const noExperience = rules.leadCountryExperience && this.exp[lead] < 1;
    const notKorean = rules.koreanLead && !this.korean[lead];
    const foreign = !notKorean && (!this.leadable[lead] || foreignUnplaced);
    let failed = failures;
    if (noExperience || notKorean || foreign) {
      failed = failures.slice();
      if (noExperience) failed.push('lead_country_experience');
      if (notKorean) failed.push('korean_lead');
      if (foreign) failed.push('foreign_roles');
    }
    return { objective, feasible: failed.length === 0, failed, lead, roleOf, affinity, coverage };
  }

  private teamFailures(members: readonly number[]): RuleId[] {
    const rules = this.ctx.rules;
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
    if (rules.koreanMajority && !this.koreanMajority(members)) failed.push('korean_majority');
    return failed;
  }

  /**
   * Maximum matching of non-lead members (written into `roleOf`, the count returned) to the required roles (each member plays one role).
   * Under foreign-role rules, members based abroad are matched first, so they get a role they are
   * allowed whenever any maximum matching gives them one.
   */
  private assignRoles(members: readonly number[], lead: number, roleOf: Int8Array): number {
    const k = this.roles.length;
    roleOf.fill(-1, 0, members.length);
    const leadPos = members.indexOf(lead);
    if (leadPos >= 0) roleOf[leadPos] = -2;
    if (!k) {
      this.foreignUnplaced = this.anyForeignBesides(members, leadPos);
      return 0;
    }
    if (this.holder.length < k) {
      this.holder = new Int16Array(k);
      this.seenBuffer = new Uint8Array(k);
    }
    this.holder.fill(-1, 0, k);
    let matched = 0;
    const restricted = this.ctx.foreignMask !== -1;
    this.foreignUnplaced = false;
    for (let pass = restricted ? 0 : 1; pass < 2; pass++) {
      for (let m = 0; m < members.length; m++) {
        if (m === leadPos) continue;
        const foreign = restricted && !this.korean[members[m]];
        if ((pass === 0) !== foreign) continue;
        this.seenBuffer.fill(0, 0, k);
        if (this.augment(members, roleOf, m)) matched++;
        else if (foreign) this.foreignUnplaced = true;
      }
    }
    return matched;
  }

  /** Kuhn's augmenting path from member position m (uses the holder and seen buffers). */
  private augment(members: readonly number[], roleOf: Int8Array, m: number): boolean {
    const k = this.roles.length;
    const p = members[m];
    for (let role = 0; role < k; role++) {
      if (!this.canPlay[p * k + role] || this.seenBuffer[role]) continue;
      this.seenBuffer[role] = 1;
      const h = this.holder[role];
      if (h < 0 || this.augment(members, roleOf, h)) {
        this.holder[role] = m;
        roleOf[m] = role;
        return true;
      }
    }
    return false;
  }

  /** With no roles to take, a member based abroad is unplaced under foreign-role rules. */
  private anyForeignBesides(members: readonly number[], leadPos: number): boolean {
    if (this.ctx.foreignMask === -1) return false;
    for (let m = 0; m < members.length; m++) if (m !== leadPos && !this.korean[members[m]]) return true;
    return false;
  }
}
