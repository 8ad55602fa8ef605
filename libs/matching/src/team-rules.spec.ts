import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { buildCollaborationGraph } from './collaboration-graph';
import { MatchIndex } from './match-index';
import { previewTeam, suggestConsortia } from './suggest';

const p = project({
  countryCode: 'VN',
  requirements: [
    { code: 'transport.its', weight: 3, mustHave: true },
    { code: 'data.gis', weight: 2, mustHave: false },
  ],
  roles: ['lead', 'solution_provider', 'construction', 'local_partner'],
});

const firms = () => [
  firm({ id: 'kr-lead', size: 'large', roles: ['lead'], caps: { 'transport.its': 2 } }),
  firm({
    id: 'jp-big',
    size: 'large',
    homeCountry: 'JP',
    roles: ['lead', 'solution_provider'],
    caps: { 'transport.its': 3, 'data.gis': 3 },
  }),
  firm({ id: 'kh-local', homeCountry: 'KH', roles: ['local_partner'], caps: { 'data.gis': 1 } }),
  firm({ id: 'vn-local', homeCountry: 'VN', roles: [], caps: { 'data.gis': 1 } }),
  firm({ id: 'kr-gis', size: 'sme', roles: ['solution_provider'], caps: { 'data.gis': 2 } }),
];

const role = (team: { members: { firmId: string; role: string }[] }, id: string) =>
  team.members.find((m) => m.firmId === id)?.role;

describe('local partner in teams', () => {
  it('gives the local-partner slot only to a firm based in the project country', () => {
    const index = new MatchIndex(CODES, firms());
    const result = suggestConsortia(index, p, { limit: 5 });
    expect(result.teams.length).toBeGreaterThan(0);
    for (const team of result.teams)
      for (const m of team.members) if (m.role === 'local_partner') expect(m.homeCountry).toBe('VN');
    const preview = previewTeam(index, p, [
      { firmId: 'kr-lead', role: 'lead' },
      { firmId: 'kh-local' },
      { firmId: 'vn-local' },
    ]);
    expect(role(preview, 'kh-local')).not.toBe('local_partner');
    expect(role(preview, 'vn-local')).toBe('local_partner');
  });

  it('fails the check when a hand-picked role makes a foreign firm the local partner', () => {
    const index = new MatchIndex(CODES, firms());
    const report = previewTeam(
      index,
      p,
      [
        { firmId: 'kr-lead', role: 'lead' },
        { firmId: 'kh-local', role: 'local_partner' },
      ],
      (c) => (c === 'VN' ? { en: 'Vietnam', ko: '베트남' } : undefined),
    );
    expect(report.feasible).toBe(false);
    expect(report.rules.find((r) => r.rule === 'local_partner')).toMatchObject({
      required: true,
      passed: false,
      detail: {
        en: `${report.members[1].name} is not based in Vietnam and cannot be the local partner`,
      },
    });
  });
});

describe('rules implied by Korean financing', () => {
  const kcity = {
    ...p,
    financing: ['kcity_grant'],
    program: 'K-City Network 2022',
    teamRules: { leadCountryExperience: false },
  };

  it('gives a Korean lead and a Korean majority, foreign firms only as local partners', () => {
    const index = new MatchIndex(CODES, firms());
    // Without the rule a foreign firm leads (the strongest, or the one based in the country).
    expect(suggestConsortia(index, p).teams[0].members.find((m) => m.isLead)!.homeCountry).not.toBe('KR');
    const result = suggestConsortia(index, kcity, { limit: 5 });
    expect(result.feasible).toBe(true);
    for (const team of result.teams) {
      expect(team.members.find((m) => m.isLead)!.homeCountry).toBe('KR');
      expect(team.members.some((m) => m.firmId === 'jp-big' || m.firmId === 'kh-local')).toBe(false);
      const korean = team.members.filter((m) => m.homeCountry === 'KR').length;
      expect(2 * korean).toBeGreaterThanOrEqual(team.members.length);
      for (const m of team.members) if (m.homeCountry !== 'KR') expect(m.role).toBe('local_partner');
      expect(team.rules.map((r) => r.rule)).toEqual([
        'must_haves',
        'min_sme',
        'max_members',
        'local_partner',
        'lead_country_experience',
        'korean_lead',
        'korean_majority',
        'foreign_roles',
      ]);
      expect(team.rules.every((r) => r.passed)).toBe(true);
    }
    // Projects without Korean financing list only the five general rules.
    expect(suggestConsortia(index, p).teams[0].rules).toHaveLength(5);
  });

  it('names the failing rules of a team that breaks them, and the blocker for a foreign asking lead', () => {
    const index = new MatchIndex(CODES, firms());
    const report = previewTeam(index, kcity, [{ firmId: 'jp-big', role: 'lead' }, { firmId: 'kh-local' }]);
    const failed = report.rules.filter((r) => !r.passed).map((r) => r.rule);
    expect(failed).toEqual(expect.arrayContaining(['korean_lead', 'korean_majority', 'foreign_roles']));
    expect(report.rules.find((r) => r.rule === 'korean_lead')!.detail.en).toContain('K-City Network');
    const fixed = suggestConsortia(index, kcity, { leadFirmId: 'jp-big' });
    expect(fixed.feasible).toBe(false);
    expect(fixed.blockers.map((b) => b.rule)).toContain('korean_lead');
  });

  it('lets foreign firms take the roles EDCF allows them (construction) and no other', () => {
    const edcf = { ...p, financing: ['concessional_loan'], program: 'EDCF' };
    const index = new MatchIndex(CODES, [
      ...firms(),
      firm({
        id: 'jp-builder',
        size: 'large',
        homeCountry: 'JP',
        roles: ['construction'],
        caps: { 'data.gis': 3 },
      }),
    ]);
    const ok = previewTeam(index, edcf, [
      { firmId: 'kr-lead', role: 'lead' },
      { firmId: 'kr-gis' },
      { firmId: 'jp-builder' },
    ]);
    expect(role(ok, 'jp-builder')).toBe('construction');
    expect(ok.rules.find((r) => r.rule === 'foreign_roles')!.passed).toBe(true);
    const bad = previewTeam(index, edcf, [
      { firmId: 'kr-lead', role: 'lead' },
      { firmId: 'kr-gis' },
      { firmId: 'jp-big' },
    ]);
    expect(bad.rules.find((r) => r.rule === 'foreign_roles')).toMatchObject({ passed: false });
  });
});

describe('ties in the team objective (v2)', () => {
  it('prefers a partner the lead has worked with over an equal stranger, and says so', () => {
    const all = [
      firm({
        id: 'lead',
        name: 'Lead Co',
        size: 'large',
        roles: ['lead'],
        caps: { 'transport.its': 3 },
        trackRecords: [
          { countryCode: 'TH', city: 'Khon Kaen', year: 2023, title: 'Khon Kaen smart transit' },
        ],
      }),
      firm({ id: 'stranger', name: 'Stranger', caps: { 'data.gis': 2 } }),
      firm({
        id: 'known',
        name: 'Known',
        caps: { 'data.gis': 2 },
        trackRecords: [
          { countryCode: 'TH', city: 'Khon Kaen', year: 2023, title: 'Khon Kaen smart transit' },
        ],
      }),
    ];
    const index = new MatchIndex(CODES, all);
    const graph = buildCollaborationGraph({ firms: all, asOfYear: 2025 });
    const rules = { ...p, roles: ['lead'], teamRules: { maxMembers: 2 } };
    const best = suggestConsortia(index, rules, { leadFirmId: 'lead', graph }).teams[0];
    expect(best.members.map((m) => m.firmId).sort()).toEqual(['known', 'lead']);
    expect(best.affinity).toBeGreaterThan(0);
    expect(best.relations[0]).toMatchObject({ firmIds: ['lead', 'known'] });
    expect(best.explanation.en).toContain(
      'Lead Co and Known worked together on "Khon Kaen smart transit", Khon Kaen, 2023.',
    );
    // Without relations the stranger ties and wins on order; the capability-only model ignores ties.
    const old = new MatchIndex(CODES, all, { model: 'capability-only' });
    expect(suggestConsortia(old, rules, { leadFirmId: 'lead', graph }).teams[0].affinity).toBe(0);
  });
});
