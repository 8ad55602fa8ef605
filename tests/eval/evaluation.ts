import { rng } from '@app/common';
import { realProjects } from '@app/demo-data';
import {
  buildCollaborationGraph,
  mayJoin,
  mayLead,
  MatchIndex,
  projectContext,
  rankFirms,
  suggestConsortia,
  suggestPartners,
  type CollaborationGraph,
  type MatchProjectInput,
} from '@app/matching';
import { readTaxonomySource } from '@app/taxonomy';
import { blind, loadEvalData, type EvalCase, type EvalData, type EvalFirm } from './cases';
import { choiceSets, crossValidatedWeights, type ChoiceSet } from './fit';
import type { PartnerFeatureWeights } from '@app/matching';

/** The year recency is measured from (fixed, so the evaluation is reproducible). */
export const AS_OF_YEAR = 2025;
const RANDOM_SEED = 20261123;

export interface Metrics {
  recallAt5: number;
  recallAt10: number;
  mrr: number;
  teamRecall: number;
}

export interface Baseline {
  withSamples: Metrics;
  withoutSamples: Metrics;
}

export interface NewcomerReport {
  /** Projects whose rules ask for at least one SME, and their suggested teams. */
  smeRuleProjects: number;
  smeRuleTeams: number;
  /** Share of those teams with ≥ 1 SME or startup (goal ≥ 0.9). */
  smeTeamShare: number;
  /** A verified SME newcomer (no track record) that alone covers a project's must-have. */
  probe: {
    probes: number;
    medianRank: number;
    top5Share: number;
    top10Share: number;
    inTeamsShare: number;
  };
}

export interface EvalResult {
  cases: number;
  /** How v2's partner weights were set for each case: fitted without it (leave-one-case-out). */
  protocol: 'leave-one-case-out' | 'committed-weights';
  withSamples: Metrics;
  withoutSamples: Metrics;
  baselines: { random: Baseline; popular: Baseline; capabilityOnly: Baseline };
  newcomers: NewcomerReport;
}

export interface CaseDetail {
  id: string;
  lead: string;
  partners: string[];
  samples: boolean;
  method: string;
  top5: string[];
  teamMembers: string[];
  firstHit: number | null;
}

type Method = 'v2' | 'capabilityOnly' | 'popular' | 'random';

interface CaseScore {
  recallAt5: number;
  recallAt10: number;
  rr: number;
  teamRecall: number;
}

const recallAt = (ranking: string[], truth: Set<string>, k: number) =>
  ranking.slice(0, k).filter((id) => truth.has(id)).length / truth.size;

function hashSeed(text: string): number {
  let h = RANDOM_SEED;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** One case under one method, with or without the sample firms. */
function runCase(
  c: EvalCase,
  firms: EvalFirm[],
  graph: CollaborationGraph,
  codes: string[],
  method: Method,
  teamBudget: Map<string, number>,
  details: CaseDetail[] | null,
  samples: boolean,
  featureWeights: PartnerFeatureWeights | undefined,
): CaseScore {
  const truth = new Set(c.partners);
  const model = method === 'v2' ? 'v2' : 'capability-only';
  const index = new MatchIndex(codes, firms, { model });
  const project: MatchProjectInput = c.project;
  const ctx = projectContext(index, project);
  const leadRow = index.row(c.lead)!;
  // Every method ranks the same candidates: firms the project's rules let join.
  const candidates = [...index.rows()].filter((row) => row !== leadRow && mayJoin(index, row, ctx));
  let ranking: string[];
  let team: string[] | null = null;
  if (method === 'v2' || method === 'capabilityOnly') {
    const g = method === 'v2' ? graph : undefined;
    ranking = suggestPartners(index, project, c.lead, {
      limit: candidates.length,
      graph: g,
      asLead: true,
      featureWeights: method === 'v2' ? featureWeights : undefined,
    }).map((s) => s.firmId);
    const teams = suggestConsortia(index, project, { leadFirmId: c.lead, limit: 5, graph: g }).teams;
    team = [...new Set(teams.flatMap((t) => t.members.filter((m) => !m.isLead).map((m) => m.firmId)))];
    if (method === 'v2') teamBudget.set(`${c.id}|${samples}`, team.length);
  } else if (method === 'popular') {
    // Most-popular: the firms with the most track records (after blinding), ties by id.
    ranking = candidates
      .map((row) => index.firms[row])
      .sort((a, b) => b.trackRecords.length - a.trackRecords.length || (a.id < b.id ? -1 : 1))
      .map((f) => f.id);
  } else {
    const r = rng(hashSeed(`${c.id}|${samples}`));
    const ids = candidates.map((row) => index.firms[row].id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(r.next() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    ranking = ids;
  }
  // Rankings without their own teams get as many distinct firms as the v2 teams show.
  if (!team) team = ranking.slice(0, teamBudget.get(`${c.id}|${samples}`) ?? 0);
  const first = ranking.findIndex((id) => truth.has(id));
  details?.push({
    id: c.id,
    lead: c.lead,
    partners: c.partners,
    samples,
    method,
    top5: ranking.slice(0, 5),
    teamMembers: team,
    firstHit: first >= 0 ? first + 1 : null,
  });
  return {
    recallAt5: recallAt(ranking, truth, 5),
    recallAt10: recallAt(ranking, truth, 10),
    rr: first >= 0 ? 1 / (first + 1) : 0,
    teamRecall: team.filter((id) => truth.has(id)).length / truth.size,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function mean(scores: CaseScore[]): Metrics {
  const avg = (f: (s: CaseScore) => number) => round(scores.reduce((s, x) => s + f(x), 0) / scores.length);
  return {
    recallAt5: avg((s) => s.recallAt5),
    recallAt10: avg((s) => s.recallAt10),
    mrr: avg((s) => s.rr),
    teamRecall: avg((s) => s.teamRecall),
  };
}

/** Every capability code of the taxonomy. */
export function taxonomyCodes(): string[] {
  return readTaxonomySource().domains.flatMap((d) => d.capabilities.map((c) => c.code));
}

/**
 * Runs every case under every method, with and without the sample firms, plus the newcomer checks.
 * v2 scores each case with partner weights fitted on the other cases only (`weights: 'cv'`, the
 * default); `'committed'` uses the weights in libs/matching (in-sample, for comparison only).
 */
export function runEvaluation(
  options: {
    data?: EvalData;
    details?: CaseDetail[];
    weights?: 'cv' | 'committed';
    sets?: ChoiceSet[];
    /** Weights for the newcomer checks (default: the committed model, which the API ships). */
    shipped?: PartnerFeatureWeights;
  } = {},
): EvalResult {
  const data = options.data ?? loadEvalData();
  const codes = taxonomyCodes();
  const cv = (options.weights ?? 'cv') === 'cv';
  const folds = cv
    ? crossValidatedWeights(options.sets ?? choiceSets(data, codes, AS_OF_YEAR))
    : new Map<string, PartnerFeatureWeights>();
  const details = options.details ?? null;
  const teamBudget = new Map<string, number>();
  const scores: Record<Method, Record<'with' | 'without', CaseScore[]>> = {
    v2: { with: [], without: [] },
    capabilityOnly: { with: [], without: [] },
    popular: { with: [], without: [] },
    random: { with: [], without: [] },
  };
  for (const c of data.cases) {
    for (const samples of [true, false]) {
      const firms = blind(samples ? [...data.real, ...data.samples] : data.real, c);
      // The graph is rebuilt from the blinded records: no edge from the case's project survives.
      const graph = buildCollaborationGraph({ firms, groups: data.groups, asOfYear: AS_OF_YEAR });
      for (const method of ['v2', 'capabilityOnly', 'popular', 'random'] as Method[])
        scores[method][samples ? 'with' : 'without'].push(
          runCase(c, firms, graph, codes, method, teamBudget, details, samples, folds.get(c.id)),
        );
    }
  }
  const pair = (m: Method): Baseline => ({
    withSamples: mean(scores[m].with),
    withoutSamples: mean(scores[m].without),
  });
  return {
    cases: data.cases.length,
    protocol: cv ? 'leave-one-case-out' : 'committed-weights',
    withSamples: mean(scores.v2.with),
    withoutSamples: mean(scores.v2.without),
    baselines: { random: pair('random'), popular: pair('popular'), capabilityOnly: pair('capabilityOnly') },
    newcomers: newcomerReport(data, codes, options.shipped),
  };
}

/** The listed projects as the catalogue has them: the analyst's requirements and rules, plus financing. */
function listedProjects(): MatchProjectInput[] {
  return realProjects().map((p) => ({
    id: p.id,
    countryCode: p.countryCode,
    sectors: p.sectors,
    requirements: p.requirements.capabilities,
    roles: p.requirements.roles,
    teamRules: p.requirements.teamRules,
    financing: p.financing,
    program: p.program ?? null,
    client: p.client ?? null,
  }));
}

export function newcomerReport(
  data: EvalData,
  codes: string[],
  featureWeights?: PartnerFeatureWeights,
): NewcomerReport {
  const firms = [...data.real, ...data.samples];
  const graph = buildCollaborationGraph({ firms, groups: data.groups, asOfYear: AS_OF_YEAR });
  const projects = listedProjects();

  // Teams where the rules ask for an SME.
  const index = new MatchIndex(codes, firms);
  let teams = 0;
  let withSme = 0;
  const smeProjects = projects.filter((p) => (p.teamRules.minSmeMembers ?? 0) > 0);
  for (const p of smeProjects) {
    for (const t of suggestConsortia(index, p, { limit: 5, graph }).teams) {
      teams++;
      if (t.members.some((m) => m.size === 'sme' || m.size === 'startup')) withSme++;
    }
  }

  // The probe: for each listed project with a must-have, a market where only the newcomer has it.
  const ranks: number[] = [];
  let inTeams = 0;
  for (const p of projects) {
    const must = p.requirements.find((r) => r.mustHave);
    if (!must) continue;
    const without = firms.map((f) => ({
      ...f,
      capabilities: f.capabilities.filter((c) => c.code !== must.code),
      solutions: f.solutions.filter((s) => !s.capabilityCodes.includes(must.code)),
    }));
    const newcomer: EvalFirm = {
      id: 'newcomer-sme',
      name: 'Newcomer SME',
      size: 'sme',
      homeCountry: 'KR',
      ladderStage: 'A1',
      roles: ['solution_provider'],
      capabilities: [{ code: must.code, level: 2 }],
      solutions: [],
      trackRecords: [],
      verified: true,
      corporateGroup: null,
      isSample: true,
    };
    const market = new MatchIndex(codes, [...without, newcomer]);
    const ctx = projectContext(market, p);
    // The asking firm: the best-fitting large firm or public corporation that may lead.
    const asking = rankFirms(market, p, {
      limit: 1,
      filter: (row) =>
        !market.isSme(row) && market.firms[row].id !== newcomer.id && mayLead(market, row, ctx),
    })[0];
    if (!asking) continue;
    const ranking = suggestPartners(market, p, asking.firmId, {
      limit: market.size,
      graph,
      asLead: true,
      featureWeights,
    }).map((s) => s.firmId);
    const rank = ranking.indexOf(newcomer.id);
    ranks.push(rank >= 0 ? rank + 1 : market.size);
    const suggested = suggestConsortia(market, p, { leadFirmId: asking.firmId, limit: 5, graph });
    if (
      suggested.teams.length &&
      suggested.teams.every((t) => t.members.some((m) => m.firmId === newcomer.id))
    )
      inTeams++;
  }
  ranks.sort((a, b) => a - b);
  const share = (pred: (r: number) => boolean) => round(ranks.filter(pred).length / ranks.length);
  return {
    smeRuleProjects: smeProjects.length,
    smeRuleTeams: teams,
    smeTeamShare: round(teams ? withSme / teams : 0),
    probe: {
      probes: ranks.length,
      medianRank: ranks[Math.floor(ranks.length / 2)] ?? 0,
      top5Share: share((r) => r <= 5),
      top10Share: share((r) => r <= 10),
      inTeamsShare: round(ranks.length ? inTeams / ranks.length : 0),
    },
  };
}
