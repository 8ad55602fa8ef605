import { capabilitiesInText } from './capability-keywords';
import type { MatchFirmInput, Maturity } from './types';

/**
 * Which scoring model an index uses. `v2`: evidence-weighted strengths, relational evidence and the
 * domain rules (README.md). `capability-only`: the model before v2 (declared level plus a solution
 * bonus, no relations), kept as the evaluation's baseline.
 */
export type MatchModel = 'v2' | 'capability-only';

export const MATURITY_RANK: Record<Maturity, number> = { concept: 1, 'pilot-proven': 2, commercial: 3 };
/** capability-only: extra strength a solution with the code adds on top of the declared level. */
export const MATURITY_BONUS = [0, 0.1, 0.2, 0.34];

/**
 * v2: how much each kind of evidence backs a capability (0–1, combined as 1 − Π(1 − e)). A bare
 * declaration counts `bare` of its level; full evidence counts the whole level.
 */
export const EVIDENCE = {
  bare: 0.6,
  /** A track record that lists the capability. */
  taggedRecord: 0.5,
  /** A track record whose title names the capability (keywords), for a declared capability. */
  matchedRecord: 0.35,
  /** By solution maturity: none, concept, pilot-proven, commercial. */
  solution: [0, 0.1, 0.35, 0.5],
  /** A certification of a solution listing the capability. */
  certification: 0.3,
  /** Staff verified the firm's profile. */
  verified: 0.2,
} as const;

export interface EvidenceItem {
  kind: 'track_record' | 'solution' | 'certification' | 'verification';
  /** Record title, solution or certification name; empty for verification. */
  name: string;
  year: number | null;
  /** How much this item backs the capability (0–1). */
  weight: number;
}

/** The facts about one firm and one capability that strength is computed from. */
export interface CapabilityFacts {
  /** Declared level 0–3. */
  level: number;
  /** Best solution maturity rank 0–3. */
  maturity: number;
  certified: boolean;
  /** Track records listing the code / naming it in their title. */
  tagged: number;
  matched: number;
  verified: boolean;
}

export const NO_FACTS: CapabilityFacts = {
  level: 0,
  maturity: 0,
  certified: false,
  tagged: 0,
  matched: 0,
  verified: false,
};

/** 0–1: how much evidence backs a capability. */
export function evidenceScore(f: CapabilityFacts): number {
  let doubt = 1;
  doubt *= Math.pow(1 - EVIDENCE.taggedRecord, f.tagged);
  // A keyword match only backs what the firm declares.
  if (f.level > 0) doubt *= Math.pow(1 - EVIDENCE.matchedRecord, f.matched);
  doubt *= 1 - EVIDENCE.solution[f.maturity];
  if (f.certified) doubt *= 1 - EVIDENCE.certification;
  if (f.verified && f.level > 0) doubt *= 1 - EVIDENCE.verified;
  return 1 - doubt;
}

/** 0–1: the strength of a capability under a model (README.md). */
export function strengthOf(f: CapabilityFacts, model: MatchModel): number {
  const covered = f.level > 0 || f.maturity > 0 || f.tagged > 0;
  if (!covered) return 0;
  const claim = Math.min(3, Math.max(f.level, 1)) / 3;
  if (model === 'capability-only') return Math.min(1, claim + MATURITY_BONUS[f.maturity]);
  return claim * (EVIDENCE.bare + (1 - EVIDENCE.bare) * evidenceScore(f));
}

/** Capability codes each track record evidences: listed ones and those its title names. */
export function recordCodes(firm: MatchFirmInput): { tagged: string[]; matched: string[] }[] {
  return firm.trackRecords.map((t) => ({
    tagged: t.capabilityCodes ?? [],
    matched: capabilitiesInText(t.title),
  }));
}

/** Facts per capability code for a firm (codes it declares, has a solution or a listing record for). */
export function firmFacts(firm: MatchFirmInput): Map<string, CapabilityFacts> {
  const facts = new Map<string, CapabilityFacts>();
  const get = (code: string) => {
    let f = facts.get(code);
    if (!f) facts.set(code, (f = { ...NO_FACTS, verified: firm.verified === true }));
    return f;
  };
  for (const c of firm.capabilities) {
    const f = get(c.code);
    f.level = Math.max(f.level, Math.min(3, Math.max(0, c.level)));
  }
  for (const s of firm.solutions) {
    for (const code of s.capabilityCodes) {
      const f = get(code);
      f.maturity = Math.max(f.maturity, MATURITY_RANK[s.maturity] ?? 0);
      if (s.certifications?.length) f.certified = true;
    }
  }
  for (const r of recordCodes(firm)) {
    for (const code of new Set(r.tagged)) get(code).tagged++;
    for (const code of r.matched) if (!r.tagged.includes(code) && facts.has(code)) facts.get(code)!.matched++;
  }
  return facts;
}

/** The evidence that counted for one capability, strongest first (for breakdowns). */
export function evidenceFor(firm: MatchFirmInput, code: string, model: MatchModel): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const declared = firm.capabilities.some((c) => c.code === code && c.level > 0);
  for (const s of firm.solutions) {
    if (!s.capabilityCodes.includes(code)) continue;
    const rank = MATURITY_RANK[s.maturity] ?? 0;
    items.push({
      kind: 'solution',
      name: s.name,
      year: null,
      weight: model === 'v2' ? EVIDENCE.solution[rank] : MATURITY_BONUS[rank],
    });
    if (model === 'v2')
      for (const c of s.certifications ?? [])
        items.push({ kind: 'certification', name: c, year: null, weight: EVIDENCE.certification });
  }
  if (model === 'v2') {
    const codes = recordCodes(firm);
    firm.trackRecords.forEach((t, i) => {
      const tagged = codes[i].tagged.includes(code);
      if (tagged || (declared && codes[i].matched.includes(code)))
        items.push({
          kind: 'track_record',
          name: t.title ?? [t.city, t.countryCode].filter(Boolean).join(', '),
          year: t.year ?? null,
          weight: tagged ? EVIDENCE.taggedRecord : EVIDENCE.matchedRecord,
        });
    });
    if (firm.verified && declared)
      items.push({ kind: 'verification', name: '', year: null, weight: EVIDENCE.verified });
  }
  return items.sort((a, b) => b.weight - a.weight);
}
