import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rng } from '@app/common';
import {
  buildCollaborationGraph,
  type CollaborationGraph,
  type MatchFirmInput,
  type MatchProjectInput,
  type Maturity,
} from '@app/matching';
import type { TaxonomySource } from '@app/taxonomy';

// The data file itself: the taxonomy lib's index would load Nest and TypeORM into a pure-engine benchmark.
const readTaxonomySource = (): TaxonomySource =>
  JSON.parse(readFileSync(resolve(__dirname, '../../libs/taxonomy/data/taxonomy.json'), 'utf8'));

/** The demo seeder's mulberry32 generator: the same data on every run. */
export const prng = rng;

const DOMAINS = [
  ['transport', 22], ['safety', 18], ['data', 18], ['energy', 10], ['environment', 10], ['governance', 7],
  ['planning', 6], ['tourism_culture', 3], ['healthcare', 3], ['education', 1.5], ['finance', 1.5],
] as const;
const COUNTRIES = ['KR', 'VN', 'ID', 'PH', 'TH', 'KH', 'UZ', 'KZ', 'MN', 'KE', 'PE', 'CO', 'ES', 'SA', 'IN'];
const ROLES = ['lead', 'planning_consulting', 'engineering_design', 'construction', 'system_integration', 'solution_provider', 'operation_maintenance', 'financing', 'local_partner'];
const MATURITIES: Maturity[] = ['concept', 'pilot-proven', 'commercial'];

export function taxonomyCodes() {
  const t = readTaxonomySource();
  const byDomain = new Map(t.domains.map((d) => [d.code, d.capabilities.map((c) => c.code)]));
  return { codes: t.domains.flatMap((d) => d.capabilities.map((c) => c.code)), byDomain };
}

/** 10,000 firms by default: ≈70% SMEs/startups, 3–12 capabilities skewed to transport, safety and data. */
export function syntheticFirms(count: number, seed = 1): MatchFirmInput[] {
  const r = prng(seed);
  const { byDomain } = taxonomyCodes();
  return Array.from({ length: count }, (_, i) => {
    const size = r.weighted([['sme', 50], ['startup', 20], ['mid', 15], ['large', 10], ['public', 5]] as const);
    const capabilities = new Map<string, number>();
    for (let k = r.int(3, 12); k > 0; k--) capabilities.set(r.pick(byDomain.get(r.weighted(DOMAINS))!), r.int(1, 3));
    const codes = [...capabilities.keys()];
    const home = r.next() < 0.85 ? 'KR' : r.pick(COUNTRIES);
    return {
      id: `firm-${i}`,
      name: `Firm ${i}`,
      size,
      homeCountry: home,
      ladderStage: r.pick(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4']),
      roles: [r.pick(ROLES), ...(r.next() < 0.4 ? [r.pick(ROLES)] : []), ...(home !== 'KR' ? ['local_partner'] : [])],
      capabilities: [...capabilities].map(([code, level]) => ({ code, level })),
      solutions: r.next() < 0.5 ? [{ name: `Solution ${i}`, capabilityCodes: codes.slice(0, r.int(1, 2)), maturity: r.pick(MATURITIES) }] : [],
      trackRecords: Array.from({ length: r.next() < 0.4 ? r.int(1, 3) : 0 }, () => ({ countryCode: r.pick(COUNTRIES), year: r.int(2012, 2025) })),
    };
  });
}

/** 1,000 projects by default: 2–8 required capabilities, 0–2 must-haves; `exactly` fixes the count. */
export function syntheticProjects(count: number, seed = 2, exactly?: number): MatchProjectInput[] {
  const r = prng(seed);
  const { byDomain } = taxonomyCodes();
  return Array.from({ length: count }, (_, i) => {
    const n = exactly ?? r.int(2, 8);
    const codes = new Set<string>();
    while (codes.size < n) codes.add(r.pick(byDomain.get(r.weighted(DOMAINS))!));
    const musts = r.int(0, 2);
    return {
      id: `project-${i}`,
      countryCode: r.pick(COUNTRIES.slice(1)),
      sectors: [...new Set([...codes].map((c) => c.split('.')[0]))],
      requirements: [...codes].map((code, k) => ({ code, weight: r.int(1, 3), mustHave: k < musts })),
      roles: ['lead', ...new Set([r.pick(ROLES.slice(1)), r.pick(ROLES.slice(1))])],
      teamRules: { minSmeMembers: r.int(0, 2), maxMembers: r.int(4, 8), localPartnerRequired: r.next() < 0.3, leadCountryExperience: r.next() < 0.3 },
    };
  });
}

/**
 * A collaboration graph for the synthetic firms: ~30% share a past project with 1–3 others (about
 * one project per 2.5 firms involved) and 5% belong to one of 50 corporate groups.
 */
export function syntheticGraph(firms: MatchFirmInput[], seed = 3): CollaborationGraph {
  const r = prng(seed);
  const projects = Math.round(firms.length * 0.12);
  const withShared = firms.map((f) => {
    const records = [...f.trackRecords];
    if (r.next() < 0.3) {
      const k = r.int(0, projects - 1);
      records.push({ countryCode: COUNTRIES[k % COUNTRIES.length], city: `City ${k}`, title: `Shared smart city project ${k}`, year: 2012 + (k % 14) });
    }
    return { id: f.id, trackRecords: records, corporateGroup: r.next() < 0.05 ? `group-${r.int(0, 49)}` : null };
  });
  return buildCollaborationGraph({ firms: withShared, asOfYear: 2025 });
}
