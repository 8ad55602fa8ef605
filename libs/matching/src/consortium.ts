import { CollaborationGraph } from './collaboration-graph';
import { selectAlternatives } from './diversity';
import { fitScore } from './fit';
import type { MatchIndex } from './match-index';
import {
  countryExperience,
  isLocal,
  mayJoin,
  mayLead,
  projectContext,
  type ProjectContext,
} from './project-context';
import { TeamScorer, type Scored } from './team-scorer';
import type { MatchProjectInput } from './types';

export interface ConsortiumSearchOptions {
  /** Number of alternative teams (default 5). */
  limit?: number;
  /** The asking firm, fixed as lead. */
  leadFirmId?: string;
  excludeFirmIds?: string[];
  /** Only these rows may join (e.g. verified firms); default: every row in the index. */
  eligible?: (row: number) => boolean;
  /** Candidates kept per requirement when pruning (default 12). */
  perRequirement?: number;
  beamWidth?: number;
  /** Who has worked with whom (default: no relations). */
  graph?: CollaborationGraph;
}

export interface TeamCandidate {
  /** Index rows of the members; `lead` is one of them. */
  rows: number[];
  lead: number;
  scored: Scored;
  scorer: TeamScorer;
}

export interface ConsortiumSearchResult {
  ctx: ProjectContext;
  scorer: TeamScorer;
  feasible: TeamCandidate[];
  /** Best teams ignoring the hard rules, when no feasible team exists. */
  partial: TeamCandidate[];
}

export interface SeenTeam {
  members: number[];
  /** The members in ascending order (canonical form, for ties). */
  sorted: readonly number[];
  scored: Scored;
}

/**
 * Teams seen so far, keyed by a numeric hash of their sorted members (collisions are checked).
 * One entry per hash in a plain map (collisions, rare, in a second one), values in one flat list:
 * a new team costs its value and its sorted members, nothing else.
 */
class TeamTable<V extends { sorted: readonly number[] }> {
  private readonly first = new Map<number, V>();
  private readonly collisions = new Map<number, V[]>();
  private readonly all: V[] = [];
  private readonly buffer = new Int32Array(64);
  private last = 0;

  /** Sorts the members (plus `extra` when ≥ 0) into the scratch buffer and returns their hash. */
  private hash(members: readonly number[], extra: number): number {
    const n = members.length + (extra >= 0 ? 1 : 0);
    const b = this.buffer;
    for (let i = 0; i < n; i++) {
      const v = i < members.length ? members[i] : extra;
      let j = i - 1;
      for (; j >= 0 && b[j] > v; j--) b[j + 1] = b[j];
      b[j + 1] = v;
    }
    let h = 2166136261 ^ n;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ b[i], 16777619);
    this.last = n;
    return h >>> 0;
  }

  private same(sorted: readonly number[]): boolean {
    if (sorted.length !== this.last) return false;
    for (let i = 0; i < this.last; i++) if (sorted[i] !== this.buffer[i]) return false;
    return true;
  }

  /**
   * The value for the team `members` (+ `extra`), made by `make` (given the canonical sorted
   * members) the first time; nothing is allocated when the team is already there.
   */
  getOrAdd(members: readonly number[], make: (sorted: readonly number[]) => V, extra = -1): V {
    const h = this.hash(members, extra);
    const head = this.first.get(h);
    if (head && this.same(head.sorted)) return head;
    const more = head ? this.collisions.get(h) : undefined;
    if (more) for (const e of more) if (this.same(e.sorted)) return e;
    const sorted = new Array<number>(this.last);
    for (let i = 0; i < this.last; i++) sorted[i] = this.buffer[i];
    const value = make(sorted);
    if (!head) this.first.set(h, value);
    else if (more) more.push(value);
    else this.collisions.set(h, [value]);
    this.all.push(value);
    return value;
  }

  /** Every value, in insertion order (the table's own list: callers may reorder it). */
  values(): V[] {
    return this.all;
  }
}

/** Lexicographic order of canonical member lists: a stable tie-break. */
function compareSorted(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Heuristic search for the objective J(T) under the team rules (README.md): prune candidates per
 * requirement, per rule and by ties, beam-search teams member by member, polish the best with add,
 * swap and drop moves, then pick the top `limit` teams that differ from each other and say how.
 */
export function searchConsortia(
  index: MatchIndex,
  project: MatchProjectInput,
  options: ConsortiumSearchOptions = {},
): ConsortiumSearchResult {
  const ctx = projectContext(index, project);
  const excluded = new Set(options.excludeFirmIds ?? []);
  const leadRow = options.leadFirmId ? index.row(options.leadFirmId) : undefined;
  const eligible = (row: number) =>
    !excluded.has(index.firms[row].id) && (!options.eligible || options.eligible(row) || row === leadRow);
  const graph = options.graph ?? CollaborationGraph.empty();
  const pool = candidatePool(index, ctx, graph, eligible, leadRow, options.perRequirement ?? 12);
  const scorer = new TeamScorer(index, ctx, pool, graph, leadRow);
  const fixedLead = leadRow === undefined ? undefined : pool.indexOf(leadRow);
  const seen = new TeamTable<SeenTeam>();
  /** The team `members` (+ `extra`), scored once; the members array is built only for a new team. */
  const consider = (members: readonly number[], extra = -1): SeenTeam =>
    seen.getOrAdd(
      members,
      (sorted) => {
        const team = extra >= 0 ? [...members, extra] : (members as number[]);
        return { members: team, sorted, scored: scorer.score(team, fixedLead) };
      },
      extra,
    );

  beamSearch(scorer, fixedLead, options.beamWidth ?? 10, consider);
  for (const entry of best(seen.values(), 4)) localSearch(scorer, entry.members, fixedLead, consider);

  const limit = options.limit ?? 5;
  // One sort: `compare` puts feasible teams first, so they are the sorted list's prefix.
  const teams = seen.values().sort(compare);
  let feasibleCount = 0;
  while (feasibleCount < teams.length && teams[feasibleCount].scored.feasible) feasibleCount++;
  const feasibleTeams = teams.slice(0, feasibleCount);
  const toCandidate = (e: SeenTeam): TeamCandidate => ({
    rows: e.members.map((p) => pool[p]),
    lead: pool[e.scored.lead],
    scored: e.scored,
    scorer,
  });
  const feasible = selectAlternatives(scorer, feasibleTeams, limit).map(toCandidate);
  const partial = feasible.length ? [] : selectAlternatives(scorer, teams, limit).map(toCandidate);
  return { ctx, scorer, feasible, partial };
}

/** The k best teams (k small): one pass, no full sort. */
function best(teams: SeenTeam[], k: number): SeenTeam[] {
  const top: SeenTeam[] = [];
  for (const t of teams) {
    if (top.length === k && compare(t, top[k - 1]) >= 0) continue;
    let i = Math.min(top.length, k - 1);
    top[i] = t;
    for (; i > 0 && compare(top[i], top[i - 1]) < 0; i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
  }
  return top;
}

function compare(a: SeenTeam, b: SeenTeam): number {
  if (a.scored.feasible !== b.scored.feasible) return a.scored.feasible ? -1 : 1;
  if (a.scored.failed.length !== b.scored.failed.length)
    return a.scored.failed.length - b.scored.failed.length;
  const d = b.scored.objective - a.scored.objective;
  return d || compareSorted(a.sorted, b.sorted);
}

/**
 * Top firms per requirement, plus the best firms for each rule (local, SME, Korean, country
 * experience), the best overall and the strongest ties of the fixed lead (or of the pool).
 */
function candidatePool(
  index: MatchIndex,
  ctx: ProjectContext,
  graph: CollaborationGraph,
  eligible: (row: number) => boolean,
  leadRow: number | undefined,
  per: number,
): number[] {
  const reqs = ctx.codeIds.length;
  const tops: { row: number; s: number }[][] = Array.from({ length: reqs }, () => []);
  const rules = ctx.rules;
  const extras = {
    local: [] as { row: number; s: number }[],
    sme: [] as { row: number; s: number }[],
    exp: [] as { row: number; s: number }[],
    korean: [] as { row: number; s: number }[],
    fit: [] as { row: number; s: number }[],
  };
  const pushTop = (list: { row: number; s: number }[], row: number, s: number, k: number) => {
    if (s <= 0) return;
    if (list.length === k && list[k - 1].s >= s) return;
    list.push({ row, s });
    list.sort((a, b) => b.s - a.s || a.row - b.row);
    if (list.length > k) list.pop();
  };
  const fits = new Float64Array(index.rowCount).fill(-1);
  for (const row of index.rows()) {
    if (!eligible(row) || !mayJoin(index, row, ctx)) continue;
    let total = 0;
    for (let i = 0; i < reqs; i++) {
      const s = index.strength(row, ctx.codeIds[i]);
      total += s * ctx.weights[i];
      pushTop(tops[i], row, s, per);
    }
    const value = total + 0.01;
    if (rules.localPartnerRequired && isLocal(index, row, ctx)) pushTop(extras.local, row, value, 8);
    if (rules.minSmeMembers > 0 && index.isSme(row)) pushTop(extras.sme, row, value, 8);
    if ((rules.koreanLead || rules.koreanMajority) && index.isKorean(row) && mayLead(index, row, ctx))
      pushTop(extras.korean, row, value, 8);
    if (rules.leadCountryExperience && countryExperience(index, row, ctx) >= 1)
      pushTop(extras.exp, row, value, 8);
    const fit = fitScore(index, row, ctx);
    fits[row] = fit;
    pushTop(extras.fit, row, fit, 8);
  }
  const rows = new Set<number>();
  if (leadRow !== undefined) rows.add(leadRow);
  for (const list of [...tops, extras.local, extras.sme, extras.korean, extras.exp, extras.fit])
    for (const c of list) rows.add(c.row);
  // Ties: the lead's (or the pool's) strongest partners join the candidates, weighted by their fit.
  const tied: { row: number; s: number }[] = [];
  const anchors = leadRow !== undefined ? [leadRow] : [...rows];
  for (const anchor of anchors) {
    for (const [firmId, link] of graph.neighbours(index.firms[anchor].id)) {
      const row = index.row(firmId);
      if (row === undefined || fits[row] < 0 || rows.has(row)) continue;
      pushTop(tied, row, link.affinity * (1 + fits[row] / 100), 12);
    }
  }
  for (const c of tied) rows.add(c.row);
  return [...rows];
}

function beamSearch(
  scorer: TeamScorer,
  fixedLead: number | undefined,
  width: number,
  consider: (m: readonly number[]) => SeenTeam,
) {
  const n = scorer.rows.length;
  let beam: number[][] = fixedLead !== undefined ? [[fixedLead]] : seeds(scorer, width);
  for (const team of beam) consider(team);
  for (let size = beam[0]?.length ?? 1; size < scorer.maxMembers && beam.length; size++) {
    const next = new TeamTable<{ sorted: readonly number[]; members: number[]; priority: number }>();
    for (const team of beam) {
      for (let p = 0; p < n; p++) {
        if (team.includes(p) || !scorer.canHelp(team, p, fixedLead !== undefined)) continue;
        next.getOrAdd(
          team,
          (sorted) => {
            const members = [...team, p];
            const scored = consider(members).scored;
            return { sorted, members, priority: scored.objective - 25 * scored.failed.length };
          },
          p,
        );
      }
    }
    beam = next
      .values()
      .sort((a, b) => b.priority - a.priority || compareSorted(a.sorted, b.sorted))
      .slice(0, width)
      .map((e) => e.members);
  }
}

/** Start teams: the firms that cover the most on their own (and can lead when required). */
function seeds(scorer: TeamScorer, width: number): number[][] {
  const needExp = scorer.ctx.rules.leadCountryExperience;
  return scorer.rows
    .map((_, p) => ({
      p,
      v:
        scorer.coverage([p]) +
        (needExp && scorer.exp[p] >= 1 ? 1 : 0) +
        (scorer.leadable[p] ? 0 : -2) +
        scorer.exp[p] * 0.1,
    }))
    .sort((a, b) => b.v - a.v || a.p - b.p)
    .slice(0, width)
    .map((e) => [e.p]);
}

/** Add an outsider, swap one member for an outsider, or drop one, while J improves (first improvement). */
function localSearch(
  scorer: TeamScorer,
  start: number[],
  fixedLead: number | undefined,
  consider: (m: readonly number[], extra?: number) => SeenTeam,
) {
  let current = consider(start);
  const better = (a: Scored, b: Scored) =>
    (a.feasible && !b.feasible) || (a.feasible === b.feasible && a.objective > b.objective + 1e-9);
  for (let improved = true, rounds = 0; improved && rounds < 10; rounds++) {
    improved = false;
    const team = current.members;
    if (team.length < scorer.maxMembers) {
      for (let p = 0; p < scorer.rows.length && !improved; p++) {
        if (team.includes(p) || !scorer.canHelp(team, p, fixedLead !== undefined)) continue;
        const added = consider(team, p);
        if (better(added.scored, current.scored)) {
          current = added;
          improved = true;
        }
      }
      if (improved) continue;
    }
    for (let i = 0; i < team.length && !improved; i++) {
      if (team[i] === fixedLead) continue;
      const dropped = team.filter((_, j) => j !== i);
      if (dropped.length) {
        const d = consider(dropped);
        if (better(d.scored, current.scored)) {
          current = d;
          improved = true;
          break;
        }
      }
      for (let p = 0; p < scorer.rows.length; p++) {
        if (team.includes(p) || !scorer.canHelp(dropped, p, fixedLead !== undefined)) continue;
        const swapped = consider(dropped, p);
        if (better(swapped.scored, current.scored)) {
          current = swapped;
          improved = true;
          break;
        }
      }
    }
  }
}
