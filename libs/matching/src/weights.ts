import type { MatchModel } from './evidence';

/** Points of the partner score per model (README.md). */
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
