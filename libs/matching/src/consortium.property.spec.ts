import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveExactly } from '../test/milp';
import { CODES } from '../test/fixtures';
import { buildCollaborationGraph } from './collaboration-graph';
import { MatchIndex } from './match-index';
import { searchConsortia } from './consortium';
import type { MatchFirmInput, MatchProjectInput } from './types';

const ROLES = ['lead', 'solution_provider', 'system_integration', 'local_partner'];
const COUNTRIES = ['VN', 'KR', 'ID'];

const firmArb = fc.record({
  caps: fc.array(
    fc.record({ code: fc.constantFrom(...CODES.slice(0, 6)), level: fc.integer({ min: 1, max: 3 }) }),
    { maxLength: 3 },
  ),
  solution: fc.option(
    fc.record({
      code: fc.constantFrom(...CODES.slice(0, 6)),
      maturity: fc.constantFrom<'concept' | 'pilot-proven' | 'commercial'>(
        'concept',
        'pilot-proven',
        'commercial',
      ),
    }),
  ),
  size: fc.constantFrom('sme', 'startup', 'large', 'mid'),
  home: fc.constantFrom(...COUNTRIES),
  roles: fc.subarray(ROLES, { maxLength: 2 }),
  records: fc.subarray(COUNTRIES, { maxLength: 2 }),
  group: fc.option(fc.constantFrom('g1', 'g2')),
});

const instanceArb = fc.record({
  firms: fc.array(firmArb, { minLength: 5, maxLength: 11 }),
  reqs: fc.uniqueArray(
    fc.record({
      code: fc.constantFrom(...CODES.slice(0, 6)),
      weight: fc.integer({ min: 1, max: 3 }),
      mustHave: fc.boolean(),
    }),
    { minLength: 2, maxLength: 5, selector: (r) => r.code },
  ),
  roles: fc.subarray(ROLES, { maxLength: 3 }),
  minSme: fc.integer({ min: 0, max: 2 }),
  maxMembers: fc.integer({ min: 2, max: 5 }),
  local: fc.boolean(),
  leadExp: fc.boolean(),
  fixLead: fc.boolean(),
  // Shared past projects between random pairs (edges of the collaboration graph).
  shared: fc.array(fc.tuple(fc.nat(10), fc.nat(10), fc.integer({ min: 2010, max: 2025 })), { maxLength: 6 }),
  financing: fc.constantFrom([], ['kcity_grant'], ['eu_funds'], ['ppp']),
  program: fc.constantFrom(null, 'EDCF', 'KSP'),
});

type Instance = typeof instanceArb extends fc.Arbitrary<infer T> ? T : never;

function build(inst: Instance) {
  const firms: MatchFirmInput[] = inst.firms.map((f, i) => ({
    id: `f${i}`,
    name: `F${i}`,
    size: f.size,
    homeCountry: f.home,
    roles: f.roles,
    capabilities: f.caps,
    solutions: f.solution
      ? [{ name: 's', capabilityCodes: [f.solution.code], maturity: f.solution.maturity }]
      : [],
    trackRecords: f.records.map((c) => ({ countryCode: c, year: 2020 })),
    corporateGroup: f.group,
  }));
  // Each shared project: both firms carry the same record, so the graph links them.
  inst.shared.forEach(([a, b, year], k) => {
    const x = firms[a % firms.length];
    const y = firms[b % firms.length];
    for (const f of [x, y])
      f.trackRecords.push({ countryCode: 'TH', city: `Place ${k}`, title: `Project ${k}`, year });
  });
  const project: MatchProjectInput = {
    id: 'p',
    countryCode: 'VN',
    sectors: [],
    requirements: inst.reqs.map((r, i) => ({ ...r, mustHave: r.mustHave && i < 2 })),
    roles: inst.roles,
    teamRules: {
      minSmeMembers: inst.minSme,
      maxMembers: inst.maxMembers,
      localPartnerRequired: inst.local,
      leadCountryExperience: inst.leadExp,
    },
    financing: [...inst.financing],
    program: inst.program,
  };
  const graph = buildCollaborationGraph({
    firms,
    groups: [
      { key: 'g1', name: { en: 'G1', ko: 'G1' } },
      { key: 'g2', name: { en: 'G2', ko: 'G2' } },
    ],
    asOfYear: 2025,
  });
  return { index: new MatchIndex(CODES, firms), project, graph, lead: inst.fixLead ? 'f0' : undefined };
}

describe('heuristic vs exact optimum (HiGHS MILP)', () => {
  it('reaches ≥ 0.98 of the optimum on average and never breaks a hard rule, ties and financing rules included', async () => {
    const samples = fc.sample(instanceArb, { numRuns: 150, seed: 20261123 });
    const ratios: number[] = [];
    let withTies = 0;
    let korean = 0;
    for (const inst of samples) {
      const { index, project, graph, lead } = build(inst);
      const exact = await solveExactly(index, project, lead, graph);
      const heuristic = searchConsortia(index, project, { leadFirmId: lead, limit: 1, graph });
      if (!exact.feasible) {
        expect(heuristic.feasible).toEqual([]);
        continue;
      }
      expect(heuristic.feasible.length, JSON.stringify(inst)).toBe(1);
      const best = heuristic.feasible[0];
      expect(best.scored.failed).toEqual([]);
      if (lead) expect(index.firms[best.lead].id).toBe(lead);
      if (heuristic.ctx.rules.koreanLead) {
        korean++;
        expect(index.firms[best.lead].homeCountry).toBe('KR');
      }
      if (best.scored.affinity > 0) withTies++;
      expect(best.scored.objective).toBeLessThanOrEqual(exact.objective + 1e-6);
      if (exact.objective > 1e-6) ratios.push(best.scored.objective / exact.objective);
    }
    expect(ratios.length).toBeGreaterThan(30);
    // The instances exercise the new terms and rules, not only the old ones.
    expect(withTies).toBeGreaterThan(5);
    expect(korean).toBeGreaterThan(5);
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThanOrEqual(0.98);
  }, 180_000);
});
