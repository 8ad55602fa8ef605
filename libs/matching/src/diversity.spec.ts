import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { buildCollaborationGraph } from './collaboration-graph';
import { ALTERNATIVE_LABELS } from './diversity';
import { MatchIndex } from './match-index';
import { suggestConsortia } from './suggest';

const p = project({
  countryCode: 'VN',
  requirements: [
    { code: 'transport.its', weight: 3, mustHave: true },
    { code: 'data.gis', weight: 2, mustHave: false },
    { code: 'energy.smart_streetlight', weight: 2, mustHave: false },
  ],
  roles: ['lead', 'solution_provider', 'local_partner'],
});

const records = [{ countryCode: 'TH', city: 'Udon Thani', year: 2022, title: 'Udon Thani smart streets' }];
const firms = [
  firm({ id: 'lead', size: 'large', roles: ['lead'], caps: { 'transport.its': 3 }, trackRecords: records }),
  firm({
    id: 'gis-big',
    size: 'large',
    roles: ['solution_provider'],
    caps: { 'data.gis': 3, 'energy.smart_streetlight': 3 },
  }),
  firm({ id: 'gis-sme', size: 'sme', roles: ['solution_provider'], caps: { 'data.gis': 2 } }),
  firm({
    id: 'light-sme',
    size: 'startup',
    roles: ['solution_provider'],
    caps: { 'energy.smart_streetlight': 2 },
  }),
  firm({ id: 'friend', size: 'mid', caps: { 'data.gis': 2 }, trackRecords: records }),
  firm({ id: 'vn', homeCountry: 'VN', caps: { 'data.gis': 1 } }),
];

describe('diverse, labelled alternatives', () => {
  const index = new MatchIndex(CODES, firms);
  const graph = buildCollaborationGraph({ firms, asOfYear: 2025 });
  const { teams } = suggestConsortia(index, p, { leadFirmId: 'lead', limit: 5, graph });

  it('returns different teams, the best first, each saying how it differs from the best', () => {
    expect(teams.length).toBeGreaterThanOrEqual(3);
    const sets = teams.map((t) =>
      t.members
        .map((m) => m.firmId)
        .sort()
        .join(),
    );
    expect(new Set(sets).size).toBe(teams.length);
    expect(teams[0].alternative).toMatchObject({ labels: ['best'], added: [], removed: [] });
    for (const t of teams.slice(1)) {
      expect(t.alternative!.added.length + t.alternative!.removed.length).toBeGreaterThan(0);
      expect(t.alternative!.summary.en).toMatch(/: /);
      expect(t.alternative!.summary.ko.length).toBeGreaterThan(0);
      expect(t.objective).toBeLessThanOrEqual(teams[0].objective);
    }
    for (let i = 2; i < teams.length; i++)
      expect(teams[i].objective).toBeLessThanOrEqual(teams[i - 1].objective);
  });

  it('offers the facets real users ask for: a lighter team, more SMEs, proven partners', () => {
    const labels = new Set(teams.slice(1).flatMap((t) => t.alternative!.labels));
    expect(labels.has('lighter')).toBe(true);
    expect(labels.has('more_smes')).toBe(true);
    const smes = teams.find((t) => t.alternative!.labels.includes('more_smes'))!;
    expect(smes.alternative!.summary.en).toMatch(/(More|more) SMEs/);
    expect(smes.alternative!.summary.ko).toContain('중소기업 참여 확대');
    const withFriend = teams.find((t) => t.members.some((m) => m.firmId === 'friend'));
    expect(withFriend).toBeDefined();
    expect(withFriend!.affinity).toBeGreaterThan(0);
    for (const [code, label] of Object.entries(ALTERNATIVE_LABELS)) {
      expect(label.en, code).toBeTruthy();
      expect(label.ko, code).toBeTruthy();
    }
  });

  it('explains equal scores instead of showing unexplained ties', () => {
    const twins = [
      firm({ id: 'L', size: 'large', roles: ['lead'], caps: { 'transport.its': 3 } }),
      firm({ id: 'A', caps: { 'data.gis': 2 } }),
      firm({ id: 'B', caps: { 'data.gis': 2 } }),
    ];
    const q = project({
      requirements: [
        { code: 'transport.its', weight: 3, mustHave: true },
        { code: 'data.gis', weight: 1, mustHave: false },
      ],
    });
    const result = suggestConsortia(new MatchIndex(CODES, twins), q, { leadFirmId: 'L', limit: 3 });
    const tied = result.teams.find((t) => t.alternative?.labels.includes('same_score'));
    expect(tied).toBeDefined();
    expect(tied!.alternative!.sameScoreAs).toBe(1);
    expect(tied!.alternative!.summary.en).toContain('Same score as option 1');
  });
});
