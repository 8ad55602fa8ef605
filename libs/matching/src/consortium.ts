import { fitScore } from './fit';
import type { MatchIndex } from './match-index';
import { countryExperience, isLocal, projectContext, type ProjectContext } from './project-context';
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

/** Canonical team key: member pool indices in ascending order as char codes (teams are small). */
function key(members: readonly number[]): string {
  const sorted = members.slice();
  for (let i = 1; i < sorted.length; i++) {
    const v = sorted[i];
    let j = i - 1;
    for (; j >= 0 && sorted[j] > v; j--) sorted[j + 1] = sorted[j];
    sorted[j + 1] = v;
  }
  return String.fromCharCode(...sorted);
}

/**
 * Heuristic search for the objective J(T) under the team rules (README.md): prune candidates per
 * requirement and per rule, beam-search teams member by member, polish the best with swap and drop
 * moves, then keep the top `limit` teams that differ from each other.
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
  const pool = candidatePool(index, ctx, eligible, leadRow, options.perRequirement ?? 12);
  const scorer = new TeamScorer(index, ctx, pool);
  const fixedLead = leadRow === undefined ? undefined : pool.indexOf(leadRow);
  const seen = new Map<string, { members: number[]; scored: Scored }>();
  const consider = (members: number[]) => {
    const k = key(members);
    if (seen.has(k)) return seen.get(k)!;
    const entry = { members, scored: scorer.score(members, fixedLead) };
    seen.set(k, entry);
    return entry;
  };

  beamSearch(scorer, fixedLead, options.beamWidth ?? 10, consider);
  const ranked = () => [...seen.values()].sort(compare);
  for (const entry of ranked().slice(0, 4)) localSearch(scorer, entry.members, fixedLead, consider);

  const limit = options.limit ?? 5;
  const all = ranked();
  const toCandidate = (e: { members: number[]; scored: Scored }): TeamCandidate => ({
    rows: e.members.map((p) => pool[p]),
    lead: pool[e.scored.lead],
    scored: e.scored,
    scorer,
  });
  const feasible = diverse(
    all.filter((e) => e.scored.feasible),
    limit,
  ).map(toCandidate);
  const partial = feasible.length ? [] : diverse(all, limit).map(toCandidate);
  return { ctx, scorer, feasible, partial };
}

function compare(a: { scored: Scored; members: number[] }, b: { scored: Scored; members: number[] }): number {
  if (a.scored.feasible !== b.scored.feasible) return a.scored.feasible ? -1 : 1;
  if (a.scored.failed.length !== b.scored.failed.length)
    return a.scored.failed.length - b.scored.failed.length;
  const d = b.scored.objective - a.scored.objective;
  return d || (key(a.members) < key(b.members) ? -1 : 1);
}

/** Top firms per requirement, plus the best firms for each rule (local, SME, country experience). */
function candidatePool(
  index: MatchIndex,
  ctx: ProjectContext,
  eligible: (row: number) => boolean,
  leadRow: number | undefined,
  per: number,
): number[] {
  const reqs = ctx.codeIds.length;
  const tops: { row: number; s: number }[][] = Array.from({ length: reqs }, () => []);
  const rules = ctx.project.teamRules;
  const extras = {
    local: [] as { row: number; s: number }[],
    sme: [] as { row: number; s: number }[],
    exp: [] as { row: number; s: number }[],
    fit: [] as { row: number; s: number }[],
  };
  const pushTop = (list: { row: number; s: number }[], row: number, s: number, k: number) => {
    if (s <= 0) return;
    if (list.length === k && list[k - 1].s >= s) return;
    list.push({ row, s });
    list.sort((a, b) => b.s - a.s || a.row - b.row);
    if (list.length > k) list.pop();
  };
  for (const row of index.rows()) {
    if (!eligible(row)) continue;
    let total = 0;
    for (let i = 0; i < reqs; i++) {
      const s = index.strength(row, ctx.codeIds[i]);
      total += s * ctx.weights[i];
      pushTop(tops[i], row, s, per);
    }
    const value = total + 0.01;
    if (rules.localPartnerRequired && isLocal(index, row, ctx)) pushTop(extras.local, row, value, 8);
    if (rules.minSmeMembers > 0 && index.isSme(row)) pushTop(extras.sme, row, value, 8);
    if (rules.leadCountryExperience && countryExperience(index, row, ctx) >= 1)
      pushTop(extras.exp, row, value, 8);
    pushTop(extras.fit, row, fitScore(index, row, ctx), 8);
  }
  const rows = new Set<number>();
  if (leadRow !== undefined) rows.add(leadRow);
  for (const list of [...tops, extras.local, extras.sme, extras.exp, extras.fit])
    for (const c of list) rows.add(c.row);
  return [...rows];
}

function beamSearch(
  scorer: TeamScorer,
  fixedLead: number | undefined,
  width: number,
  consider: (m: number[]) => { members: number[]; scored: Scored },
) {
  const n = scorer.rows.length;
  let beam: number[][] = fixedLead !== undefined ? [[fixedLead]] : seeds(scorer, width);
  beam.forEach(consider);
  for (let size = beam[0]?.length ?? 1; size < scorer.maxMembers && beam.length; size++) {
    const next = new Map<string, { members: number[]; priority: number }>();
    for (const team of beam) {
      for (let p = 0; p < n; p++) {
        if (team.includes(p) || !scorer.canHelp(team, p, fixedLead !== undefined)) continue;
        const members = [...team, p];
        const k = key(members);
        if (next.has(k)) continue;
        const scored = consider(members).scored;
        next.set(k, { members, priority: scored.objective - 25 * scored.failed.length });
      }
    }
    beam = [...next.values()]
      .sort((a, b) => b.priority - a.priority)
      .slice(0, width)
      .map((e) => e.members);
  }
}

/** Start teams: the firms that cover the most on their own (and can lead when required). */
function seeds(scorer: TeamScorer, width: number): number[][] {
  const needExp = scorer.ctx.project.teamRules.leadCountryExperience;
  return scorer.rows
    .map((_, p) => ({
      p,
      v: scorer.coverage([p]) + (needExp && scorer.exp[p] >= 1 ? 1 : 0) + scorer.exp[p] * 0.1,
    }))
    .sort((a, b) => b.v - a.v || a.p - b.p)
    .slice(0, width)
    .map((e) => [e.p]);
}

/** Swap one member for an outsider, or drop one, while J improves (first improvement). */
function localSearch(
  scorer: TeamScorer,
  start: number[],
  fixedLead: number | undefined,
  consider: (m: number[]) => { members: number[]; scored: Scored },
) {
  let current = consider(start);
  const better = (a: Scored, b: Scored) =>
    (a.feasible && !b.feasible) || (a.feasible === b.feasible && a.objective > b.objective + 1e-9);
  for (let improved = true, rounds = 0; improved && rounds < 10; rounds++) {
    improved = false;
    const team = current.members;
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
        const swapped = consider([...dropped, p]);
        if (better(swapped.scored, current.scored)) {
          current = swapped;
          improved = true;
          break;
        }
      }
    }
  }
}

/** Greedy pick in rank order, skipping teams too similar (Jaccard > 0.6) to one already picked. */
function diverse<T extends { members: number[] }>(ranked: T[], limit: number): T[] {
  const picked: T[] = [];
  for (const threshold of [0.6, 0.8, 1]) {
    for (const e of ranked) {
      if (picked.length >= limit) return picked;
      if (picked.includes(e)) continue;
      if (picked.every((p) => jaccard(p.members, e.members) <= threshold)) picked.push(e);
    }
  }
  return picked;
}

function jaccard(a: number[], b: number[]): number {
  const inter = a.filter((x) => b.includes(x)).length;
  return inter / (a.length + b.length - inter);
}
