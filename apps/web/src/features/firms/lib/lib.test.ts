import { describe, expect, it } from 'vitest';
import { filterDomains, termMatches } from './capabilitySearch';
import { toCapabilitiesBody } from './capabilitySelection';
import { EMPTY_FILTERS, readFilters, writeFilters } from './directoryParams';
import { ladderIndex, ladderStageOf } from './ladder';

const domains = [
  {
    code: 'transport',
    en: 'Transport & logistics',
    ko: '교통·물류',
    capabilities: [
      { code: 'transport.traffic_signal', en: 'Adaptive traffic signal control', ko: '스마트 신호제어' },
      { code: 'transport.parking', en: 'Smart parking', ko: '스마트 주차' },
    ],
  },
  {
    code: 'energy',
    en: 'Energy',
    ko: '에너지',
    capabilities: [{ code: 'energy.storage', en: 'Energy storage (ESS)', ko: '에너지저장장치(ESS)' }],
  },
];

describe('capability search', () => {
  it('matches Korean and English, ignoring case and spaces', () => {
    const signal = domains[0].capabilities[0];
    expect(termMatches(signal, '신호')).toBe(true);
    expect(termMatches(signal, '스마트신호')).toBe(true);
    expect(termMatches(signal, 'TRAFFIC  signal')).toBe(true);
    expect(termMatches(signal, '주차')).toBe(false);
  });

  it('keeps a whole domain when the domain matches, drops empty domains', () => {
    expect(filterDomains(domains, '교통').map((d) => d.capabilities.length)).toEqual([2]);
    expect(filterDomains(domains, 'parking').map((d) => d.capabilities.map((c) => c.code))).toEqual([
      ['transport.parking'],
    ]);
    expect(filterDomains(domains, '')).toHaveLength(2);
    expect(filterDomains(domains, 'zzz')).toEqual([]);
  });
});

describe('directory URL', () => {
  it('round-trips the filters and leaves defaults out', () => {
    const filters = { ...EMPTY_FILTERS, q: '신호', capability: ['a', 'b'], hideSamples: true, page: 3 };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('q=%EC%8B%A0%ED%98%B8&capability=a&capability=b&page=3');
    expect(readFilters(params)).toEqual(filters);
    // Samples are hidden by default; showing them is the one that is written.
    const withSamples = { ...EMPTY_FILTERS, hideSamples: false };
    expect(writeFilters(withSamples).toString()).toBe('samples=1');
    expect(readFilters(writeFilters(withSamples))).toEqual(withSamples);
    expect(writeFilters(EMPTY_FILTERS).toString()).toBe('');
    expect(readFilters(new URLSearchParams('page=-4')).page).toBe(1);
  });
});

describe('helpers', () => {
  it('builds the capabilities PUT body, keeping notes', () => {
    const selection = new Map([
      ['a', { level: 3 as const, note: 'since 2019' }],
      ['b', { level: 1 as const, note: null }],
    ]);
    expect(toCapabilitiesBody(selection)).toEqual({
      capabilities: [
        { code: 'a', level: 3, note: 'since 2019' },
        { code: 'b', level: 1 },
      ],
    });
  });

  it('places ladder steps', () => {
    expect(ladderStageOf('A4')).toBe(1);
    expect(ladderStageOf('B1')).toBe(2);
    expect(ladderStageOf('C4')).toBe(3);
    expect(ladderStageOf(null)).toBeNull();
    expect(ladderIndex('B2')).toBe(5);
  });
});
