import {
  buildCollaborationGraph,
  MatchIndex,
  PARTNER_FEATURES,
  partnerFeatures,
  type PartnerFeatureWeights,
} from '@app/matching';
import { blind, type EvalCase, type EvalData } from './cases';

/**
 * Fitting the v2 partner weights (libs/matching/README.md, "Partner model"): a conditional logit
 * (one choice set per case: every firm the rules let join; the chosen ones are the real partners),
 * non-negative weights, L2 penalty, full-batch Adam. Deterministic.
 */

/** One choice set: the candidates' feature vectors and which of them are real partners. */
export interface ChoiceSet {
  caseId: string;
  samples: boolean;
  /** Row-major, candidates × features. */
  x: Float64Array;
  n: number;
  chosen: number[];
}

const D = PARTNER_FEATURES.length;

/** Fitting settings (fixed, not tuned per case). */
export const FIT = {
  iterations: 120,
  learningRate: 0.2,
  l2: 0.01,
  /** The fitted weights are scaled so that all features at 1 give this many points. */
  points: 100,
  /** Features kept at 0 (none). */
  exclude: [] as string[],
  /**
   * Features whose weight may be negative (none). Every feature is a reason to suggest a firm; and a
   * negative weight on the evidence features would learn the blinding (a real partner lost its records
   * of the held-out project, so "fewer records" would look like "real partner").
   */
  signed: [] as string[],
  /**
   * Policy floors (points out of `points`), not fitted: a firm that is one of few to cover a missing
   * must-have keeps a fifth of the score, so a newcomer SME that alone covers it surfaces (newcomer
   * fairness, tests/eval newcomers.probe).
   */
  floors: { scarceMustHave: 20 } as Record<string, number>,
};

/** The choice sets of every case, blinded (the same blinding and graph as the evaluation). */
export function choiceSets(data: EvalData, codes: string[], asOfYear: number): ChoiceSet[] {
  const sets: ChoiceSet[] = [];
  for (const c of data.cases)
    for (const samples of [true, false]) sets.push(choiceSet(data, c, codes, asOfYear, samples));
  return sets;
}

function choiceSet(data: EvalData, c: EvalCase, codes: string[], asOfYear: number, samples: boolean) {
  const firms = blind(samples ? [...data.real, ...data.samples] : data.real, c);
  const graph = buildCollaborationGraph({ firms, groups: data.groups, asOfYear });
  const index = new MatchIndex(codes, firms, { model: 'v2' });
  const rows = partnerFeatures(index, c.project, c.lead, { graph, asLead: true });
  const x = new Float64Array(rows.length * D);
  rows.forEach((r, i) => x.set(r.features, i * D));
  const truth = new Set(c.partners);
  const chosen = rows.flatMap((r, i) => (truth.has(r.firmId) ? [i] : []));
  return { caseId: c.id, samples, x, n: rows.length, chosen };
}

/** Negative mean log-likelihood of the chosen partners, and its gradient. */
function lossAndGradient(sets: ChoiceSet[], w: Float64Array, grad: Float64Array): number {
  grad.fill(0);
  let loss = 0;
  let count = 0;
  const p = new Float64Array(D);
  for (const s of sets) {
    if (!s.chosen.length) continue;
    let max = -Infinity;
    const u = new Float64Array(s.n);
    for (let i = 0; i < s.n; i++) {
      let v = 0;
      for (let d = 0; d < D; d++) v += w[d] * s.x[i * D + d];
      u[i] = v;
      if (v > max) max = v;
    }
    let z = 0;
    p.fill(0);
    for (let i = 0; i < s.n; i++) {
      const e = Math.exp(u[i] - max);
      z += e;
      for (let d = 0; d < D; d++) p[d] += e * s.x[i * D + d];
    }
    const logZ = max + Math.log(z);
    // Each chosen partner is one observation: −log softmax(u)ᵢ, averaged per set.
    const k = s.chosen.length;
    for (const i of s.chosen) {
      loss += (logZ - u[i]) / k;
      for (let d = 0; d < D; d++) grad[d] += (p[d] / z - s.x[i * D + d]) / k;
    }
    count++;
  }
  for (let d = 0; d < D; d++) {
    loss += FIT.l2 * w[d] * w[d] * count;
    grad[d] += 2 * FIT.l2 * w[d] * count;
  }
  for (let d = 0; d < D; d++) grad[d] /= count;
  return loss / count;
}

/** Fits non-negative weights on the given choice sets; returns points per feature. */
export function fitWeights(sets: ChoiceSet[]): { weights: PartnerFeatureWeights; loss: number } {
  const w = new Float64Array(D);
  const m = new Float64Array(D);
  const v = new Float64Array(D);
  const g = new Float64Array(D);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const excluded = PARTNER_FEATURES.map((f) => FIT.exclude.includes(f));
  const signed = PARTNER_FEATURES.map((f) => FIT.signed.includes(f));
  const iRequired = PARTNER_FEATURES.indexOf('localRequired');
  const iPresence = PARTNER_FEATURES.indexOf('localPresence');
  let loss = 0;
  for (let t = 1; t <= FIT.iterations; t++) {
    loss = lossAndGradient(sets, w, g);
    for (let d = 0; d < D; d++) {
      m[d] = b1 * m[d] + (1 - b1) * g[d];
      v[d] = b2 * v[d] + (1 - b2) * g[d] * g[d];
      const step = (FIT.learningRate * (m[d] / (1 - b1 ** t))) / (Math.sqrt(v[d] / (1 - b2 ** t)) + eps);
      w[d] = excluded[d] ? 0 : w[d] - step;
      if (!signed[d]) w[d] = Math.max(0, w[d]);
    }
    // Monotone: a local partner the rules require counts at least as much as one the project lists
    // (no evaluation case requires one, so the data cannot say).
    w[iRequired] = Math.max(w[iRequired], w[iPresence]);
    // Policy floors: a feature keeps at least its share of the points, whatever the fit says.
    for (const [f, share] of Object.entries(FIT.floors)) {
      const d = PARTNER_FEATURES.indexOf(f as (typeof PARTNER_FEATURES)[number]);
      const others = w.reduce((s, x, i) => (i === d ? s : s + Math.abs(x)), 0);
      w[d] = Math.max(w[d], (share / (FIT.points - share)) * others);
    }
  }
  return { weights: toPoints(w), loss };
}

function toPoints(w: Float64Array): PartnerFeatureWeights {
  const total = w.reduce((s, x) => s + Math.abs(x), 0) || 1;
  return Object.fromEntries(
    PARTNER_FEATURES.map((f, d) => [f, Math.round((w[d] / total) * FIT.points * 10) / 10]),
  ) as PartnerFeatureWeights;
}

/** Leave-one-case-out: per case, weights fitted on every other case (both sample settings). */
export function crossValidatedWeights(sets: ChoiceSet[]): Map<string, PartnerFeatureWeights> {
  const folds = new Map<string, PartnerFeatureWeights>();
  for (const id of new Set(sets.map((s) => s.caseId)))
    folds.set(id, fitWeights(sets.filter((s) => s.caseId !== id)).weights);
  return folds;
}
