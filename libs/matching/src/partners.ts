import { CollaborationGraph, type Relation } from './collaboration-graph';
import type { MatchIndex } from './match-index';
import { countryExperience, isLocal, mayJoin, projectContext, roleMaskFor } from './project-context';
import { partnerRelationText } from './relation-text';
import { TopK } from './top-k';
import type { Label, Labels, MatchFirmInput, MatchProjectInput, Reason } from './types';
import { firmFacts, evidenceScore } from './evidence';
import {
  PARTNER_FEATURE_WEIGHTS,
  PARTNER_FEATURES,
  PARTNER_WEIGHTS,
  type PartnerFeature,
  type PartnerFeatureWeights,
} from './weights';

/** Points of the v2 partner score (see README.md). */
export const PARTNER_POINTS = PARTNER_WEIGHTS.v2;
const BIG = new Set(['large', 'mid', 'public']);
const SMALL = new Set(['sme', 'startup']);

export interface PartnerSuggestion {
  firmId: string;
  score: number;
  /** Requirement codes where this partner closes (part of) the asking firm's gap. */
  fills: { code: string; gap: number; strength: number; mustHave: boolean }[];
  rolesAdded: string[];
  boosts: ('large_sme_pairing' | 'local_partner')[];
  /** 0–1: ties to the asking firm in the collaboration graph (direct, or through a common partner). */
  affinity: number;
  /** Direct relations to the asking firm, strongest first. */
  relations: Relation[];
  /** The common partner when the tie is indirect only. */
  via: string | null;
  /** Based in the asking firm's country. */
  compatriot: boolean;
  reasons: Reason[];
}

export interface PartnerOptions {
  limit?: number;
  filter?: (row: number) => boolean;
  labels?: Labels;
  /** Who has worked with whom (default: no relations). */
  graph?: CollaborationGraph;
  /** The asking firm will lead: the lead slot is not a gap partners fill. */
  asLead?: boolean;
  /** Points per feature instead of the model's (the evaluation's cross-validation folds). */
  featureWeights?: PartnerFeatureWeights;
}

/**
 * Partners that best cover what the asking firm lacks (complementarity, not similarity), weighted
 * by the evidence behind their capabilities and by ties to the asking firm. Only firms the project's
 * rules let join are suggested. A firm with no track record still ranks high when it fills a gap.
 */
export function suggestPartners(
  index: MatchIndex,
  project: MatchProjectInput,
  firmId: string,
  options: PartnerOptions = {},
): PartnerSuggestion[] {
  const scorer = partnerScorer(index, project, firmId, options);
  if (!scorer) return [];
  const { self, ctx, reqs, gaps, missingRoles, needLocal, ties, selfFirm, pairing } = scorer;
  const w = options.featureWeights ?? PARTNER_FEATURE_WEIGHTS[index.model];
  const weights = Float64Array.from(PARTNER_FEATURES, (f) => w[f]);
  const showLocal = needLocal && (ctx.rules.localPartnerRequired ? w.localRequired : w.localPresence) > 0;
  const x = new Float64Array(PARTNER_FEATURES.length);
  const top = new TopK<number>(options.limit ?? 10);
  const score = (row: number) => {
    scorer.features(row, x);
    let s = 0;
    for (let i = 0; i < x.length; i++) s += weights[i] * x[i];
    return s;
  };
  for (const row of index.rows()) {
    if (row === self || (options.filter && !options.filter(row)) || !mayJoin(index, row, ctx)) continue;
    top.push(score(row), index.firms[row].id, row);
  }
  const labels = options.labels ?? (() => undefined);
  return top.values().map(({ score: s, value: row }) => {
    const firm = index.firms[row];
    const fills = reqs
      .map((r, i) => ({
        code: r.code,
        gap: Math.round(gaps[i] * 100) / 100,
        strength: Math.round(index.strength(row, ctx.codeIds[i]) * 100) / 100,
        mustHave: r.mustHave,
      }))
      .filter((f) => f.gap > 0 && f.strength > 0);
    const mask = roleMaskFor(index, row, ctx);
    const rolesAdded = missingRoles.filter((r) => mask & index.bit(`role:${r}`));
    const boosts: PartnerSuggestion['boosts'] = [];
    if (w.pairing > 0 && pairing(firm.size)) boosts.push('large_sme_pairing');
    if (showLocal && isLocal(index, row, ctx)) boosts.push('local_partner');
    const tie = ties.get(firm.id);
    const suggestion: PartnerSuggestion = {
      firmId: firm.id,
      score: Math.round(s * 10) / 10,
      fills,
      rolesAdded,
      boosts,
      affinity: Math.round((tie?.affinity ?? 0) * 100) / 100,
      relations: tie?.relations ?? [],
      via: tie && !tie.relations.length ? tie.via : null,
      compatriot: w.compatriot > 0 && firm.homeCountry === selfFirm.homeCountry,
      reasons: [],
    };
    suggestion.reasons = partnerReasons(index, suggestion, selfFirm, ctx.project.countryCode, labels);
    return suggestion;
  });
}

/** Index of each feature in a feature vector. */
const F = Object.fromEntries(PARTNER_FEATURES.map((f, i) => [f, i])) as Record<PartnerFeature, number>;

/** Firm-level evidence features, cached per firm object (a profile update replaces the object). */
const firmEvidence = new WeakMap<object, { evidence: number; established: number }>();
function evidenceOfFirm(firm: MatchFirmInput): { evidence: number; established: number } {
  let e = firmEvidence.get(firm);
  if (!e) {
    // Share of what the firm claims that something other than a bare declaration backs.
    let sum = 0;
    let n = 0;
    for (const facts of firmFacts(firm).values()) {
      n++;
      sum += evidenceScore({ ...facts, verified: false });
    }
    e = {
      evidence: n ? sum / n : 0,
      established: Math.min(1, Math.log1p(firm.trackRecords.length) / Math.log1p(ESTABLISHED_RECORDS)),
    };
    firmEvidence.set(firm, e);
  }
  return e;
}
/** Share of a two-step path that the shown affinity counts (triadic closure). */
const TRIADIC = 0.3;
/** Track records at which `established` reaches 1 (log scale). */
const ESTABLISHED_RECORDS = 5;
/** Graph neighbours at which `connected` reaches 1 (log scale). */
const CONNECTED_DEGREE = 20;

/** The partner score's inputs for one asking firm and project, shared by scoring and fitting. */
function partnerScorer(
  index: MatchIndex,
  project: MatchProjectInput,
  firmId: string,
  options: PartnerOptions,
) {
  const self = index.row(firmId);
  if (self === undefined) return null;
  const graph = options.graph ?? CollaborationGraph.empty();
  const ctx = projectContext(index, project);
  const reqs = project.requirements;
  // The asking firm's gaps come from its own claims; candidates are weighed by their evidence.
  const own = index.claims(self, ctx.codeIds);
  const gaps = Float64Array.from(reqs, (_, i) => 1 - own[i]);
  const gapWeight = reqs.reduce((s, r, i) => s + r.weight * gaps[i], 0);
  const mustGaps = reqs.map((r, i) => (r.mustHave && gaps[i] === 1 ? i : -1)).filter((i) => i >= 0);
  const selfFirm = index.firms[self];
  const selfRoles = roleMaskFor(index, self, ctx);
  const missingRoles = ctx.roles.filter(
    (r) => !(selfRoles & index.bit(`role:${r}`)) && !(options.asLead && r === 'lead'),
  );
  const missingBits = missingRoles.map((r) => index.bit(`role:${r}`));
  const selfLocal = isLocal(index, self, ctx);
  const localRole = ctx.roles.includes('local_partner');
  const required = ctx.rules.localPartnerRequired;
  const needLocal = !selfLocal && (required || localRole);
  const relational = index.model === 'v2' && graph.edgeCount > 0;
  const ties = relational ? tiesOf(graph, firmId, TRIADIC) : new Map<string, Tie>();
  const pairing = (size: string) =>
    (BIG.has(selfFirm.size) && SMALL.has(size)) || (SMALL.has(selfFirm.size) && BIG.has(size));
  // How many firms the rules let join cover each missing must-have (a sole provider must surface).
  const coverers = new Float64Array(mustGaps.length);
  if (mustGaps.length)
    for (const row of index.rows()) {
      if (row === self || !mayJoin(index, row, ctx)) continue;
      mustGaps.forEach((i, k) => {
        if (index.strength(row, ctx.codeIds[i]) > 0) coverers[k]++;
      });
    }
  const features = (row: number, x: Float64Array) => {
    let filled = 0;
    let ownFit = 0;
    let musts = 0;
    for (let i = 0; i < reqs.length; i++) {
      const s = index.strength(row, ctx.codeIds[i]);
      filled += reqs[i].weight * Math.min(gaps[i], s);
      ownFit += reqs[i].weight * s;
    }
    let scarce = 0;
    mustGaps.forEach((i, k) => {
      if (index.strength(row, ctx.codeIds[i]) > 0) {
        musts++;
        scarce += 1 / coverers[k];
      }
    });
    const firm = index.firms[row];
    let roles = 0;
    if (missingBits.length) {
      const mask = roleMaskFor(index, row, ctx);
      for (const bit of missingBits) if (mask & bit) roles++;
    }
    const local = !selfLocal && isLocal(index, row, ctx);
    x[F.complement] = gapWeight ? filled / gapWeight : 0;
    x[F.relevance] = ctx.totalWeight ? ownFit / ctx.totalWeight : 0;
    x[F.mustHaveGap] = mustGaps.length ? musts / mustGaps.length : 0;
    x[F.scarceMustHave] = mustGaps.length ? scarce / mustGaps.length : 0;
    x[F.roleGap] = missingBits.length ? roles / missingBits.length : 0;
    x[F.pairing] = pairing(firm.size) ? 1 : 0;
    x[F.localRequired] = required && local ? 1 : 0;
    x[F.localPresence] = !required && localRole && local ? 1 : 0;
    x[F.experience] = countryExperience(index, row, ctx);
    x[F.compatriot] = firm.homeCountry === selfFirm.homeCountry ? 1 : 0;
    x[F.sharedWork] = 0;
    x[F.group] = 0;
    x[F.counterpart] = 0;
    x[F.indirect] = 0;
    x[F.connected] = 0;
    if (relational) {
      const tie = ties.get(firm.id);
      if (tie) {
        let work = 1;
        let counterpart = 1;
        for (const r of tie.relations) {
          if (r.kind === 'shared_project' || r.kind === 'platform_consortium') work *= 1 - r.weight;
          else if (r.kind === 'corporate_group') x[F.group] = 1;
          else counterpart *= 1 - r.weight;
        }
        x[F.sharedWork] = 1 - work;
        x[F.counterpart] = 1 - counterpart;
        x[F.indirect] = tie.indirect;
      }
      x[F.connected] = Math.min(1, Math.log1p(graph.neighbours(firm.id).size) / Math.log1p(CONNECTED_DEGREE));
    }
    if (index.model === 'v2') {
      const e = evidenceOfFirm(firm);
      x[F.evidence] = e.evidence;
      x[F.established] = e.established;
    } else {
      x[F.evidence] = 0;
      x[F.established] = 0;
    }
  };
  return { self, ctx, reqs, gaps, missingRoles, needLocal, ties, selfFirm, pairing, features };
}

/**
 * The feature vectors (PARTNER_FEATURES order) of every firm the rules let join, for fitting the
 * weights: the same numbers `suggestPartners` scores.
 */
export function partnerFeatures(
  index: MatchIndex,
  project: MatchProjectInput,
  firmId: string,
  options: PartnerOptions = {},
): { firmId: string; features: Float64Array }[] {
  const scorer = partnerScorer(index, project, firmId, options);
  if (!scorer) return [];
  const out: { firmId: string; features: Float64Array }[] = [];
  for (const row of index.rows()) {
    if (row === scorer.self || (options.filter && !options.filter(row)) || !mayJoin(index, row, scorer.ctx))
      continue;
    const x = new Float64Array(PARTNER_FEATURES.length);
    scorer.features(row, x);
    out.push({ firmId: index.firms[row].id, features: x });
  }
  return out;
}

interface Tie {
  affinity: number;
  relations: Relation[];
  via: string | null;
  /** The strongest path through a common partner: product of the two links' affinities. */
  indirect: number;
}

/**
 * Direct ties of a firm, plus partners of its partners (a common partner makes a tie likelier:
 * triadic closure). `indirect` is the strongest two-step path's product of affinities; the shown
 * `affinity` adds `triadic` of it to the direct tie as independent evidence.
 */
function tiesOf(graph: CollaborationGraph, firmId: string, triadic: number): Map<string, Tie> {
  const ties = new Map<string, Tie>();
  const direct = graph.neighbours(firmId);
  for (const [other, link] of direct)
    ties.set(other, { affinity: link.affinity, relations: link.relations, via: null, indirect: 0 });
  for (const [middle, first] of direct) {
    for (const [other, second] of graph.neighbours(middle)) {
      if (other === firmId) continue;
      const path = first.affinity * second.affinity;
      let t = ties.get(other);
      if (!t) ties.set(other, (t = { affinity: 0, relations: [], via: middle, indirect: 0 }));
      if (path > t.indirect) {
        t.indirect = path;
        if (!t.relations.length) t.via = middle;
      }
    }
  }
  for (const [other, t] of ties) {
    const d = direct.get(other)?.affinity ?? 0;
    t.affinity = 1 - (1 - d) * (1 - triadic * t.indirect);
  }
  return ties;
}

function partnerReasons(
  index: MatchIndex,
  s: PartnerSuggestion,
  self: { name: string; nameKo?: string | null },
  projectCountry: string,
  labels: Labels,
): Reason[] {
  const l = (c: string): Label => labels(c) ?? { en: c, ko: c };
  const firm = index.firms[index.row(s.firmId)!];
  const reasons: Reason[] = [];
  if (s.relations.length)
    reasons.push({ kind: 'relation', ...partnerRelationText(s.relations[0], self, labels) });
  else if (s.via) {
    const row = index.row(s.via);
    const middle =
      row === undefined
        ? { en: s.via, ko: s.via }
        : { en: index.firms[row].name, ko: index.firms[row].nameKo ?? index.firms[row].name };
    reasons.push({
      kind: 'relation',
      en: `Has worked with ${middle.en}, a partner of ${self.name}`,
      ko: `${self.nameKo ?? self.name}의 협력사 ${middle.ko}와(과) 협업 경험`,
    });
  }
  if (s.fills.length) {
    const names = s.fills.slice(0, 3).map((f) => l(f.code));
    const musts = s.fills.filter((f) => f.mustHave && f.gap === 1).length;
    reasons.push({
      kind: 'gap',
      en: `Fills your gap in ${names.map((n) => n.en).join(', ')}${musts ? ` (${musts} must-have)` : ''}`,
      ko: `부족 역량 보완: ${names.map((n) => n.ko).join(', ')}${musts ? ` (필수 ${musts}개)` : ''}`,
    });
  }
  if (s.rolesAdded.length)
    reasons.push({
      kind: 'roles',
      en: `Adds the role of ${s.rolesAdded.map((r) => l(r).en).join(', ')}`,
      ko: `${s.rolesAdded.map((r) => l(r).ko).join(', ')} 역할 보완`,
    });
  if (s.boosts.includes('local_partner'))
    reasons.push({
      kind: 'boost',
      en: `Local partner based in ${l(projectCountry).en}`,
      ko: `${l(projectCountry).ko} 현지 파트너`,
    });
  if (s.boosts.includes('large_sme_pairing'))
    reasons.push({
      kind: 'boost',
      en: 'Large firm + SME pairing (going abroad together)',
      ko: '대·중소기업 동반진출 조합',
    });
  if (s.compatriot && firm.homeCountry !== projectCountry && reasons.length < 4)
    reasons.push({
      kind: 'boost',
      en: `Also based in ${l(firm.homeCountry).en}`,
      ko: `같은 ${l(firm.homeCountry).ko} 기업`,
    });
  return reasons.slice(0, 4);
}
