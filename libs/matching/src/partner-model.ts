/**
 * The fitted v2 partner model: points per feature (weights.ts `PARTNER_FEATURES`). Written by
 * `npm run eval:matching -- --fit` (tests/eval/fit.ts); do not edit by hand. `crossValidated` are the
 * leave-one-case-out figures of the run that fitted it.
 */
export const PARTNER_MODEL = {
  fittedOn: '33 blind cases × with/without the sample firms (tests/eval, npm run eval:matching -- --fit)',
  method: 'conditional logit, non-negative weights, L2 0.01, Adam 120 iterations; points sum to 100',
  meanNegativeLogLikelihood: 3.978,
  crossValidated: {
    withSamples: {
      recallAt5: 0.502,
      recallAt10: 0.629,
      mrr: 0.437,
      teamRecall: 0.398,
    },
    withoutSamples: {
      recallAt5: 0.573,
      recallAt10: 0.704,
      mrr: 0.477,
      teamRecall: 0.479,
    },
  },
  weights: {
    complement: 7.6,
    relevance: 11.1,
    mustHaveGap: 0,
    scarceMustHave: 20,
    roleGap: 9.2,
    pairing: 0,
    localRequired: 15,
    localPresence: 15,
    experience: 0,
    sharedWork: 0,
    group: 7.3,
    counterpart: 0,
    indirect: 2.1,
    compatriot: 12.7,
    evidence: 0,
    established: 0,
    connected: 0,
  },
};
