import type { MatchModel } from './evidence';
import { PARTNER_MODEL } from './partner-model';

/**
 * The features of a partner suggestion, each 0–1 (README.md, "Partner score"). A partner's score is
 * Σ weight × feature; the v2 weights are fitted on the blind evaluation (`npm run eval:matching -- --fit`,
 * written to partner-model.ts), the capability-only weights are the scorer before v2.
 */
export const PARTNER_FEATURES = [
  'complement',
  'relevance',
  'mustHaveGap',
  'scarceMustHave',
  'roleGap',
  'pairing',
  'localRequired',
  'localPresence',
  'experience',
  'sharedWork',
  'group',
  'counterpart',
  'indirect',
  'compatriot',
  'evidence',
  'established',
  'connected',
] as const;
export type PartnerFeature = (typeof PARTNER_FEATURES)[number];
/** Points per feature. */
export type PartnerFeatureWeights = Record<PartnerFeature, number>;

/** The capability-only scorer as feature weights (the evaluation's baseline). */
export const CAPABILITY_ONLY_FEATURE_WEIGHTS: PartnerFeatureWeights = {
  complement: 70,
  relevance: 0,
  mustHaveGap: 10,
  scarceMustHave: 0,
  roleGap: 10,
  pairing: 5,
  localRequired: 10,
  localPresence: 0,
  experience: 5,
  sharedWork: 0,
  group: 0,
  counterpart: 0,
  indirect: 0,
  compatriot: 0,
  evidence: 0,
  established: 0,
  connected: 0,
};

/** Feature weights per model: v2's are the fitted ones. */
export const PARTNER_FEATURE_WEIGHTS: Record<MatchModel, PartnerFeatureWeights> = {
  'capability-only': CAPABILITY_ONLY_FEATURE_WEIGHTS,
  v2: PARTNER_MODEL.weights,
};

/** Points of the phase-A partner score per model (README.md); superseded by the feature weights. */
export interface PartnerWeights {
  /** Σ weight × min(gap, strength) / Σ weight × gap */
  complement: number;
  /** The partner's own fit to the project: Σ weight × strength / Σ weight (thematic proximity). */
  relevance: number;
  /** Share of the asking firm's missing must-haves the partner covers. */
  mustHaveGap: number;
  /** Share of the roles the asking firm cannot take that the partner can. */
  roleGap: number;
  /** Large firm or public corporation with an SME or startup (either way). */
  pairing: number;
  /** The rules require a local partner, the asking firm is not local and the partner is. */
  localPartner: number;
  /** The same when the project lists the local-partner role without requiring it (local presence abroad). */
  localPresence: number;
  /** Experience in the country (1) or region (0.5). */
  experience: number;
  /** Affinity in the collaboration graph (0–1). */
  relation: number;
  /** Based in the same country as the asking firm (national consortia, tied programs, language). */
  compatriot: number;
  /** Share of a partner-of-a-partner's affinity that counts (triadic closure). */
  triadic: number;
}

export const PARTNER_WEIGHTS: Record<MatchModel, PartnerWeights> = {
  'capability-only': {
    complement: 70,
    relevance: 0,
    mustHaveGap: 10,
    roleGap: 10,
    pairing: 5,
    localPartner: 10,
    localPresence: 0,
    experience: 5,
    relation: 0,
    compatriot: 0,
    triadic: 0,
  },
  v2: {
    complement: 25,
    relevance: 15,
    mustHaveGap: 20,
    roleGap: 15,
    pairing: 3,
    localPartner: 10,
    localPresence: 10,
    experience: 5,
    relation: 40,
    compatriot: 10,
    triadic: 0.3,
  },
};

/** Weights of the consortium objective J(T) per model (README.md). */
export interface ObjectiveWeights {
  coverage: number;
  roles: number;
  leadExperience: number;
  perMember: number;
  /** Per member: its ties to the rest of the team, Σ affinity capped at 1. */
  affinity: number;
}

export const OBJECTIVE_WEIGHTS: Record<MatchModel, ObjectiveWeights> = {
  'capability-only': { coverage: 80, roles: 15, leadExperience: 5, perMember: 1, affinity: 0 },
  v2: { coverage: 80, roles: 15, leadExperience: 5, perMember: 1, affinity: 4 },
};
