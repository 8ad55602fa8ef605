/**
 * The fitted v2 partner model: points per feature (weights.ts `PARTNER_FEATURES`). Written by
 * `npm run eval:matching -- --fit` (tests/eval/fit.ts); do not edit by hand.
 */
export const PARTNER_MODEL = {
  fittedOn: 'placeholder',
  weights: {
    complement: 25,
    relevance: 15,
    mustHaveGap: 20,
    roleGap: 15,
    pairing: 3,
    localRequired: 10,
    localPresence: 10,
    experience: 5,
    sharedWork: 40,
    group: 25,
    counterpart: 10,
    indirect: 12,
    compatriot: 10,
    evidence: 0,
    established: 0,
    connected: 0,
  },
};
