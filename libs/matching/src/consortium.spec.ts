import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { MatchIndex } from './match-index';
import { previewTeam, suggestConsortia, UnknownFirmError } from './suggest';
import { suggestPartners } from './partners';
import { PARTNER_FEATURE_WEIGHTS } from './weights';

const p = project({
  countryCode: 'VN',
  requirements: [
    { code: 'transport.its', weight: 3, mustHave: true },
    { code: 'energy.smart_streetlight', weight: 2, mustHave: true },
    { code: 'data.gis', weight: 1, mustHave: false },
  ],
  roles: ['lead', 'solution_provider', 'local_partner'],
  teamRules: { minSmeMembers: 1, maxMembers: 4, localPartnerRequired: true, leadCountryExperience: true },
});

const firms = () => [
  firm({
    id: 'big',
    size: 'large',
    caps: { 'transport.its': 3, 'data.gis': 2 },
    roles: ['lead'],
    trackRecords: [{ countryCode: 'VN', year: 2018 }],
  }),
  firm({ id: 'big-nov', size: 'large', caps: { 'transport.its': 3, 'data.gis': 2 }, roles: ['lead'] }),
  firm({ id: 'light', size: 'sme', caps: { 'energy.smart_streetlight': 3 }, roles: ['solution_provider'] }),
  firm({
    id: 'light2',
    size: 'startup',
    caps: { 'energy.smart_streetlight': 1 },
    roles: ['solution_provider'],
  }),
  firm({ id: 'vn', size: 'sme', homeCountry: 'VN', roles: ['local_partner'] }),
  firm({ id: 'noise', size: 'mid', caps: { 'safety.cctv_analytics': 3 } }),
];

describe('consortium formation', () => {
  it('forms a team that satisfies every rule, with one role per member and an explanation', () => {
    const index = new MatchIndex(CODES, firms());
    const result = suggestConsortia(index, p, { limit: 3 });
    expect(result.feasible).toBe(true);
    const best = result.teams[0];
    expect(best.members.map((m) => m.firmId).sort()).toEqual(['big', 'light', 'vn']);
    expect(best.members.find((m) => m.isLead)).toMatchObject({ firmId: 'big', role: 'lead' });
    expect(best.members.find((m) => m.firmId === 'vn')!.role).toBe('local_partner');
    expect(best.rules.every((r) => r.passed)).toBe(true);
    expect(best.gaps).toEqual([]);
    expect(best.coverage.find((c) => c.code === 'energy.smart_streetlight')!.coveredBy).toBe('light');
    expect(best.explanation.en).toMatch(/All team rules pass/);
    expect(best.explanation.ko).toMatch(/모든 구성 규칙 충족/);
    // Alternatives differ from each other.
    const keys = result.teams.map((t) =>
      t.members
        .map((m) => m.firmId)
        .sort()
        .join(),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the asking firm as lead and honours exclusions', () => {
    const index = new MatchIndex(CODES, firms());
    const result = suggestConsortia(
      index,
      { ...p, teamRules: { ...p.teamRules, leadCountryExperience: false } },
      { leadFirmId: 'big-nov', excludeFirmIds: ['light'] },
    );
    for (const team of result.teams) {
      expect(team.members.find((m) => m.isLead)!.firmId).toBe('big-nov');
      expect(team.members.some((m) => m.firmId === 'light')).toBe(false);
    }
    expect(result.teams[0].members.map((m) => m.firmId)).toContain('light2');
  });

  it('says exactly which rule cannot be met and returns the best partial teams', () => {
    const index = new MatchIndex(
      CODES,
      firms().filter((f) => f.id !== 'vn'),
    );
    const result = suggestConsortia(index, p);
    expect(result.feasible).toBe(false);
    expect(result.blockers).toEqual([
      expect.objectContaining({ rule: 'local_partner', en: 'No eligible firm is based in VN' }),
    ]);
    expect(result.teams.length).toBeGreaterThan(0);
    expect(result.teams[0].rules.find((r) => r.rule === 'local_partner')).toMatchObject({
      required: true,
      passed: false,
    });

    const noMust = suggestConsortia(
      new MatchIndex(
        CODES,
        firms().filter((f) => !f.id.startsWith('light')),
      ),
      p,
    );
    expect(noMust.blockers[0]).toMatchObject({ rule: 'must_haves' });
  });

  it('previews an arbitrary team with its coverage matrix and failing checks', () => {
    const index = new MatchIndex(CODES, firms());
    const report = previewTeam(index, p, [{ firmId: 'big-nov', role: 'lead' }, { firmId: 'light2' }]);
    // Bare declarations count 0.6 of their level (v2): ITS 3 → 0.6, streetlight 1 → 0.2, GIS 2 → 0.4.
    expect(report.coverage.map((c) => c.cells)).toEqual([
      [0.6, 0],
      [0, 0.2],
      [0.4, 0],
    ]);
    expect(report.gaps).toEqual([]);
    const failed = report.rules.filter((r) => !r.passed).map((r) => r.rule);
    expect(failed.sort()).toEqual(['lead_country_experience', 'local_partner']);
    expect(() => previewTeam(index, p, [{ firmId: 'nope' }])).toThrow(UnknownFirmError);
  });
});

describe('partner suggestions', () => {
  it('ranks complements above look-alikes, boosts SME pairing and local partners', () => {
    const index = new MatchIndex(CODES, [
      ...firms(),
      firm({ id: 'newcomer', size: 'startup', caps: { 'energy.smart_streetlight': 2 } }),
    ]);
    const partners = suggestPartners(index, p, 'big', { limit: 10 });
    const order = partners.map((s) => s.firmId);
    expect(order[0]).toBe('light');
    expect(order.indexOf('newcomer')).toBeLessThan(order.indexOf('big-nov'));
    expect(partners.find((s) => s.firmId === 'vn')!.boosts).toContain('local_partner');
    // The pairing boost is shown when the model gives it points (the fitted v2 model may not).
    expect(partners.find((s) => s.firmId === 'light')!.boosts.includes('large_sme_pairing')).toBe(
      PARTNER_FEATURE_WEIGHTS.v2.pairing > 0,
    );
    const baseline = new MatchIndex(CODES, firms(), { model: 'capability-only' });
    expect(
      suggestPartners(baseline, p, 'big', { limit: 10 }).find((s) => s.firmId === 'light')!.boosts,
    ).toContain('large_sme_pairing');
    expect(partners.find((s) => s.firmId === 'light')!.fills).toEqual([
      { code: 'energy.smart_streetlight', gap: 1, strength: 0.6, mustHave: true },
    ]);
  });
});
