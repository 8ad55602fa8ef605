import { describe, expect, it } from 'vitest';
import { PARTNER_FEATURES, PARTNER_MODEL } from '@app/matching';
import { crossValidatedWeights, FIT, fitWeights, type ChoiceSet } from './fit';

const D = PARTNER_FEATURES.length;
const at = (f: string) => PARTNER_FEATURES.indexOf(f as (typeof PARTNER_FEATURES)[number]);

/** A synthetic choice set: the chosen candidate has `signal` set, the others random noise. */
function set(caseId: string, seed: number, signal: string): ChoiceSet {
  const n = 40;
  const x = new Float64Array(n * D);
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) x[i * D + d] = next() < 0.3 ? next() : 0;
  for (let i = 0; i < n; i++) x[i * D + at(signal)] = 0;
  x[at(signal)] = 1; // candidate 0 is chosen
  return { caseId, samples: true, x, n, chosen: [0] };
}

describe('fitting the partner model (tests/eval/fit.ts)', () => {
  it('puts the weight on the feature that predicts the chosen partner, non-negative, with the floors', () => {
    const sets = Array.from({ length: 12 }, (_, i) => set(`c${i}`, i + 1, 'group'));
    const { weights } = fitWeights(sets);
    const best = Object.entries(weights)
      .filter(([f]) => !(f in FIT.floors))
      .sort((a, b) => b[1] - a[1])[0][0];
    expect(best).toBe('group');
    for (const v of Object.values(weights)) expect(v).toBeGreaterThanOrEqual(0);
    for (const [f, share] of Object.entries(FIT.floors))
      expect(weights[f as keyof typeof weights]).toBeGreaterThanOrEqual(share - 0.1);
    expect(weights.localRequired).toBeGreaterThanOrEqual(weights.localPresence);
    const total = Object.values(weights).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(FIT.points, 0);
  });

  it('never lets a fold see its held-out case', () => {
    // One case says "compatriot", all others "group": its fold must not learn compatriot from it.
    const sets = [
      set('odd', 99, 'compatriot'),
      ...Array.from({ length: 8 }, (_, i) => set(`c${i}`, i + 1, 'group')),
    ];
    const folds = crossValidatedWeights(sets);
    expect(folds.size).toBe(9);
    const odd = folds.get('odd')!;
    const withOdd = fitWeights(sets).weights;
    expect(odd.compatriot).toBeLessThan(withOdd.compatriot);
  });

  it('ships weights for every feature, fitted by the committed script', () => {
    expect(Object.keys(PARTNER_MODEL.weights).sort()).toEqual([...PARTNER_FEATURES].sort());
    expect(PARTNER_MODEL.method).toContain('conditional logit');
  });
});
