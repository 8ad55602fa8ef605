import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { EVIDENCE, evidenceFor, evidenceScore, NO_FACTS, strengthOf } from './evidence';
import { MatchIndex } from './match-index';
import { suggestPartners } from './partners';

const its = (index: MatchIndex, id: string) => index.strength(index.row(id)!, index.codeId('transport.its'));

describe('evidence-weighted strength (v2)', () => {
  it('counts a bare declaration at 0.6 of its level and evidence up to the whole level', () => {
    expect(strengthOf({ ...NO_FACTS, level: 3 }, 'v2')).toBeCloseTo(0.6);
    expect(strengthOf({ ...NO_FACTS, level: 3, tagged: 1 }, 'v2')).toBeCloseTo(
      0.6 + 0.4 * EVIDENCE.taggedRecord,
    );
    expect(strengthOf({ ...NO_FACTS, level: 2, maturity: 3 }, 'v2')).toBeCloseTo((2 / 3) * (0.6 + 0.4 * 0.5));
    expect(
      evidenceScore({ ...NO_FACTS, level: 3, tagged: 1, maturity: 3, certified: true, verified: true }),
    ).toBeCloseTo(1 - 0.5 * 0.5 * 0.7 * 0.8);
    // The baseline keeps the old formula.
    expect(strengthOf({ ...NO_FACTS, level: 2, maturity: 3 }, 'capability-only')).toBe(1);
    expect(strengthOf(NO_FACTS, 'v2')).toBe(0);
  });

  it('ranks evidence: tagged record > certified concept solution > matching title > verification > bare', () => {
    const index = new MatchIndex(CODES, [
      firm({ id: 'bare', caps: { 'transport.its': 2 } }),
      firm({ id: 'verified', caps: { 'transport.its': 2 }, verified: true }),
      firm({
        id: 'certified',
        caps: { 'transport.its': 2 },
        solutions: [
          {
            name: 'S',
            capabilityCodes: ['transport.its'],
            maturity: 'concept',
            certifications: ['ISO 39001'],
          },
        ],
      }),
      firm({
        id: 'titled',
        caps: { 'transport.its': 2 },
        trackRecords: [{ countryCode: 'VN', title: 'Hue traffic management centre', year: 2021 }],
      }),
      firm({
        id: 'tagged',
        caps: { 'transport.its': 2 },
        trackRecords: [
          { countryCode: 'VN', title: 'Hue works', capabilityCodes: ['transport.its'], year: 2021 },
        ],
      }),
    ]);
    const order = ['tagged', 'certified', 'titled', 'verified', 'bare'].map((id) => its(index, id));
    for (let i = 1; i < order.length; i++) expect(order[i - 1]).toBeGreaterThan(order[i]);
  });

  it('covers a capability from a listing record or solution alone, but never from a title keyword alone', () => {
    const index = new MatchIndex(CODES, [
      firm({ id: 'listed', trackRecords: [{ countryCode: 'VN', capabilityCodes: ['transport.its'] }] }),
      firm({ id: 'keyword', trackRecords: [{ countryCode: 'VN', title: 'ITS centre' }] }),
    ]);
    expect(its(index, 'listed')).toBeCloseTo((1 / 3) * (0.6 + 0.4 * 0.5));
    expect(its(index, 'keyword')).toBe(0);
  });

  it('names the evidence that counted, strongest first', () => {
    const f = firm({
      caps: { 'transport.its': 3 },
      verified: true,
      solutions: [
        {
          name: 'FlowCtl',
          capabilityCodes: ['transport.its'],
          maturity: 'commercial',
          certifications: ['CE'],
        },
      ],
      trackRecords: [
        { countryCode: 'VN', title: 'Da Nang ITS', year: 2020 },
        { countryCode: 'ID', title: 'Jakarta water', year: 2019 },
      ],
    });
    expect(evidenceFor(f, 'transport.its', 'v2')).toEqual([
      { kind: 'solution', name: 'FlowCtl', year: null, weight: 0.5 },
      { kind: 'track_record', name: 'Da Nang ITS', year: 2020, weight: 0.35 },
      { kind: 'certification', name: 'CE', year: null, weight: 0.3 },
      { kind: 'verification', name: '', year: null, weight: 0.2 },
    ]);
    expect(evidenceFor(f, 'transport.its', 'capability-only')).toEqual([
      { kind: 'solution', name: 'FlowCtl', year: null, weight: 0.34 },
    ]);
  });

  it('still puts a newcomer SME without any evidence first when it alone fills a must-have gap', () => {
    const p = project({
      requirements: [
        { code: 'energy.smart_streetlight', weight: 3, mustHave: true },
        { code: 'data.gis', weight: 1, mustHave: false },
      ],
    });
    const index = new MatchIndex(CODES, [
      firm({ id: 'lead', size: 'large', caps: { 'data.gis': 1 } }),
      firm({ id: 'newcomer', size: 'startup', caps: { 'energy.smart_streetlight': 1 } }),
      firm({
        id: 'proven-gis',
        size: 'large',
        caps: { 'data.gis': 3 },
        verified: true,
        trackRecords: [
          { countryCode: 'VN', title: 'Hanoi GIS platform', capabilityCodes: ['data.gis'], year: 2024 },
        ],
      }),
    ]);
    expect(suggestPartners(index, p, 'lead', { asLead: true })[0].firmId).toBe('newcomer');
  });
});
