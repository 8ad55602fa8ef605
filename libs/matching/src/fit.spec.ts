import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { explainFit, fitScore } from './fit';
import { MatchIndex } from './match-index';
import { projectContext } from './project-context';
import { rankFirms, rankProjects } from './rank';

const p = project({
  countryCode: 'VN',
  sectors: ['transport'],
  requirements: [
    { code: 'transport.its', weight: 3, mustHave: true },
    { code: 'data.gis', weight: 1, mustHave: false },
  ],
  roles: ['lead', 'system_integration'],
});

const OLD = { model: 'capability-only' } as const;

describe('strength of a capability (capability-only baseline)', () => {
  it('is level/3 plus a bonus for a solution by maturity, capped at 1', () => {
    const index = new MatchIndex(
      CODES,
      [
        firm({ id: 'a', caps: { 'transport.its': 2 } }),
        firm({
          id: 'b',
          caps: { 'transport.its': 2 },
          solutions: [{ name: 'S', capabilityCodes: ['transport.its'], maturity: 'pilot-proven' }],
        }),
        firm({
          id: 'c',
          solutions: [{ name: 'S', capabilityCodes: ['transport.its'], maturity: 'concept' }],
        }),
        firm({
          id: 'd',
          caps: { 'transport.its': 3 },
          solutions: [{ name: 'S', capabilityCodes: ['transport.its'], maturity: 'commercial' }],
        }),
      ],
      OLD,
    );
    const its = index.codeId('transport.its');
    expect(index.strength(index.row('a')!, its)).toBeCloseTo(2 / 3);
    expect(index.strength(index.row('b')!, its)).toBeCloseTo(2 / 3 + 0.2);
    expect(index.strength(index.row('c')!, its)).toBeCloseTo(1 / 3 + 0.1);
    expect(index.strength(index.row('d')!, its)).toBe(1);
    expect(index.strength(index.row('a')!, index.codeId('data.gis'))).toBe(0);
  });
});

describe('fit score', () => {
  it('adds the parts as documented (hand-computed, capability-only strengths)', () => {
    const x = firm({
      id: 'x',
      caps: { 'transport.its': 3 },
      solutions: [{ name: 'GeoMap', capabilityCodes: ['data.gis'], maturity: 'commercial' }],
      roles: ['system_integration'],
      trackRecords: [{ countryCode: 'VN', year: 2019 }],
      ladderStage: 'C1',
    });
    const index = new MatchIndex(CODES, [x], OLD);
    const ctx = projectContext(index, p);
    // capabilities 50*(3*1 + 1*(1/3+0.34))/4; must-haves 15; roles 10*(1/2); experience 15; sector 5; ladder 5*8/11
    const expected = (50 * (3 + (1 / 3 + 0.34))) / 4 + 15 + 5 + 15 + 5 + (5 * 8) / 11;
    expect(fitScore(index, 0, ctx)).toBeCloseTo(expected, 6);
    const b = explainFit(index, 0, ctx);
    expect(b.score).toBeCloseTo(89.6, 1);
    expect(b.parts).toEqual({
      capabilities: 45.9,
      mustHaves: 15,
      roles: 5,
      experience: 15,
      sector: 5,
      ladder: 3.6,
    });
    expect(b.requirements[0]).toMatchObject({
      code: 'transport.its',
      covered: true,
      level: 3,
      points: 37.5,
      maxPoints: 37.5,
    });
    expect(b.requirements[1]).toMatchObject({
      code: 'data.gis',
      covered: true,
      level: 0,
      solutions: ['GeoMap'],
      maxPoints: 12.5,
    });
    expect(b.experience).toEqual({ country: 'VN', year: 2019, kind: 'country' });
  });

  it('weighs capabilities by their evidence in v2 (hand-computed) and names the evidence', () => {
    const x = firm({
      id: 'x',
      caps: { 'transport.its': 3 },
      solutions: [{ name: 'GeoMap', capabilityCodes: ['data.gis'], maturity: 'commercial' }],
      roles: ['system_integration'],
      trackRecords: [{ countryCode: 'VN', year: 2019, title: 'Hue ITS and traffic centre' }],
      ladderStage: 'C1',
    });
    const index = new MatchIndex(CODES, [x]);
    const ctx = projectContext(index, p);
    // ITS: level 3, one record naming it (0.35) → 1 × (0.6 + 0.4 × 0.35) = 0.74
    // GIS: no level (counts as 1), commercial solution (0.5) → 1/3 × (0.6 + 0.4 × 0.5) = 0.2667
    const its = 0.6 + 0.4 * 0.35;
    const gis = (0.6 + 0.4 * 0.5) / 3;
    const expected = (50 * (3 * its + gis)) / 4 + 15 + 5 + 15 + 5 + (5 * 8) / 11;
    expect(fitScore(index, 0, ctx)).toBeCloseTo(expected, 5);
    const b = explainFit(index, 0, ctx);
    expect(b.requirements[0].strength).toBe(0.74);
    expect(b.requirements[0].evidence).toEqual([
      { kind: 'track_record', name: 'Hue ITS and traffic centre', year: 2019, weight: 0.35 },
    ]);
    expect(b.requirements[1].evidence).toEqual([
      { kind: 'solution', name: 'GeoMap', year: null, weight: 0.5 },
    ]);
    expect(b.reasons.find((r) => r.kind === 'evidence')).toMatchObject({
      en: 'transport.its is backed by its track record "Hue ITS and traffic centre", 2019',
    });
  });

  it('reports each strength with two decimals, without float noise', () => {
    const index = new MatchIndex(CODES, [firm({ id: 'basic', caps: { 'transport.its': 1 } })], OLD);
    const b = explainFit(index, 0, projectContext(index, p));
    expect(b.requirements[0].strength).toBe(0.33);
  });

  it('gives half the experience points for the same region and none elsewhere', () => {
    const index = new MatchIndex(CODES, [
      firm({ id: 'region', trackRecords: [{ countryCode: 'ID', year: 2021 }] }),
      firm({ id: 'far', trackRecords: [{ countryCode: 'PE', year: 2021 }] }),
      firm({ id: 'home', homeCountry: 'VN' }),
    ]);
    const ctx = projectContext(index, p);
    expect(explainFit(index, index.row('region')!, ctx).parts.experience).toBe(7.5);
    expect(explainFit(index, index.row('far')!, ctx).parts.experience).toBe(0);
    expect(explainFit(index, index.row('home')!, ctx).parts.experience).toBe(15);
  });

  it('names the regional record that earned the experience points, not a more recent one elsewhere', () => {
    const index = new MatchIndex(CODES, [
      firm({
        trackRecords: [
          { countryCode: 'TH', year: 2015 },
          { countryCode: 'KE', year: 2022 },
        ],
      }),
    ]);
    expect(explainFit(index, 0, projectContext(index, p)).experience).toEqual({
      country: 'TH',
      year: 2015,
      kind: 'region',
    });
  });

  it('explains in plain Korean and English', () => {
    const index = new MatchIndex(CODES, [
      firm({ caps: { 'data.gis': 2 }, trackRecords: [{ countryCode: 'VN', year: 2019 }] }),
    ]);
    const labels = (c: string) =>
      ({ 'transport.its': { en: 'ITS', ko: '지능형교통체계' }, VN: { en: 'Vietnam', ko: '베트남' } })[c];
    const reasons = explainFit(index, 0, projectContext(index, p), labels).reasons;
    expect(reasons[0]).toEqual({
      kind: 'capabilities',
      en: 'Covers 1 of 2 required capabilities; misses must-have ITS',
      ko: '요구 역량 2개 중 1개 보유; 필수 역량 지능형교통체계 없음',
    });
    expect(reasons[1]).toEqual({
      kind: 'experience',
      en: 'Has delivered work in Vietnam (2019)',
      ko: '베트남 수행 실적 보유 (2019년)',
    });
  });
});

describe('ranking', () => {
  it('ranks firms covering the must-have above those without it and explains only the top', () => {
    const index = new MatchIndex(CODES, [
      firm({ id: 'gis-only', caps: { 'data.gis': 3 } }),
      firm({ id: 'its', caps: { 'transport.its': 2 } }),
      firm({ id: 'its-vn', caps: { 'transport.its': 2 }, trackRecords: [{ countryCode: 'VN' }] }),
      firm({ id: 'nothing' }),
    ]);
    const ranked = rankFirms(index, p, { limit: 3 });
    expect(ranked.map((r) => r.firmId)).toEqual(['its-vn', 'its', 'gis-only']);
    expect(
      rankFirms(index, p, { filter: (row) => index.firms[row].id !== 'its-vn', limit: 1 })[0].firmId,
    ).toBe('its');
  });

  it('updates the index in place when a profile changes', () => {
    const index = new MatchIndex(CODES, [firm({ id: 'a' }), firm({ id: 'b', caps: { 'transport.its': 1 } })]);
    expect(rankFirms(index, p, { limit: 1 })[0].firmId).toBe('b');
    index.upsert(firm({ id: 'a', caps: { 'transport.its': 3, 'data.gis': 3 } }));
    expect(rankFirms(index, p, { limit: 1 })[0].firmId).toBe('a');
    index.remove('a');
    expect(index.size).toBe(1);
    expect(rankFirms(index, p).map((r) => r.firmId)).toEqual(['b']);
  });

  it('ranks projects for a firm', () => {
    const index = new MatchIndex(CODES, [firm({ id: 'solar', caps: { 'energy.solar': 3 } })]);
    const other = project({ id: 'p2', requirements: [{ code: 'energy.solar', weight: 2, mustHave: true }] });
    expect(rankProjects(index, 'solar', [p, other]).map((r) => r.projectId)).toEqual(['p2', 'p1']);
    expect(rankProjects(index, 'unknown', [p])).toEqual([]);
  });
});
