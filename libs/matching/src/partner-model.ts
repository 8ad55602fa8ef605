/**
 * The fitted v2 partner model: points per feature (weights.ts `PARTNER_FEATURES`). Written by
 * `npm run eval:matching -- --fit` (tests/eval/fit.ts); do not edit by hand. `crossValidated` are the
 * leave-one-case-out figures of the run that fitted it.
 */
export const PARTNER_MODEL = {
  fittedOn: '33 blind cases × with/without the sample firms (tests/eval, npm run eval:matching -- --fit)',
  method: 'conditional logit, non-negative weights, L2 0.01, Adam 120 iterations; points sum to 100',
  meanNegativeLogLikelihood: 3.693,
  crossValidated: {
    withSamples: {
      recallAt5: 0.521,
      recallAt10: 0.629,
      mrr: 0.435,
      teamRecall: 0.398,
    },
    withoutSamples: {
      recallAt5: 0.592,
      recallAt10: 0.714,
      mrr: 0.472,
      teamRecall: 0.479,
    },
  },
  weights: {
    complement: 12.1,
    relevance: 17.7,
    mustHaveGap: 0.3,
    roleGap: 13.8,
    pairing: 0,
    localRequired: 0,
    localPresence: 22.7,
    experience: 0,
    sharedWork: 0,
    group: 11,
    counterpart: 0,
    indirect: 3.1,
    compatriot: 19.4,
    evidence: 0,
    established: 0,
    connected: 0,
  },
};
