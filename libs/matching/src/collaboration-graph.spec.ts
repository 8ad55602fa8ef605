import { describe, expect, it } from 'vitest';
import {
  buildCollaborationGraph,
  CollaborationGraph,
  recency,
  RELATION_WEIGHTS,
} from './collaboration-graph';
import { clusterProjects, normaliseCity, titleTokens } from './same-project';

describe('telling one project from another in track records', () => {
  it('normalises titles and cities', () => {
    expect(titleTokens('Smart new town implementation design (USD 9.6M)')).toEqual([
      'smart',
      'new',
      'town',
      'implementation',
      'design',
    ]);
    expect(normaliseCity('Dong Anh (Hanoi)')).toBe('dong anh hanoi');
    expect(normaliseCity('Almaty region')).toBe('almaty');
    expect(normaliseCity('Bogotá')).toBe('bogota');
    expect(normaliseCity(null)).toBe('');
  });

  it('finds the same project named differently by its members, as in the real data', () => {
    const records = [
      // South Saad Al-Abdullah, 2017: three ways to name one consortium's work.
      {
        firmId: 'lh',
        countryCode: 'KW',
        city: 'South Saad Al-Abdullah',
        year: 2017,
        title: 'Smart new town master plan and detailed design (Korea Consortium lead)',
      },
      {
        firmId: 'posco',
        countryCode: 'KW',
        city: 'South Saad Al-Abdullah',
        year: 2017,
        title: 'ICT infrastructure design for the smart new town',
      },
      {
        firmId: 'sunjin',
        countryCode: 'KW',
        city: 'South Saad Al-Abdullah',
        year: 2017,
        title: 'New-town design (Korea Consortium member)',
      },
      // Guayaquil, undated: two different projects in one city.
      {
        firmId: 'kwater',
        countryCode: 'EC',
        city: 'Guayaquil',
        title: 'Old airport site smart-city SEZ development (KSP)',
      },
      {
        firmId: 'dohwa',
        countryCode: 'EC',
        city: 'Guayaquil',
        title: 'Old airport site smart-city SEZ development',
      },
      {
        firmId: 'airports',
        countryCode: 'EC',
        city: 'Guayaquil',
        title: 'New airport construction and operation (EIPP target)',
      },
      // Same title, different years: different projects.
      { firmId: 'a', countryCode: 'VN', city: 'Hanoi', year: 2019, title: 'Hanoi smart traffic pilot' },
      { firmId: 'b', countryCode: 'VN', city: 'Hanoi', year: 2021, title: 'Hanoi smart traffic pilot' },
      // No city on one side: the title decides.
      {
        firmId: 'hitachi',
        countryCode: 'IN',
        year: 2015,
        title: 'Smart city demonstration consortium with Siemens',
      },
      {
        firmId: 'siemens',
        countryCode: 'IN',
        year: 2015,
        title: 'Smart city demonstration consortium with Hitachi',
      },
      // One place, one year, eight firms naming their parts (Dong Anh): one project.
      {
        firmId: 'sumitomo',
        countryCode: 'VN',
        city: 'Dong Anh (Hanoi)',
        year: 2017,
        title: 'Dong Anh smart city consortium lead',
      },
      {
        firmId: 'daikin',
        countryCode: 'VN',
        city: 'Dong Anh (Hanoi)',
        year: 2017,
        title: 'Air-conditioning supply',
      },
    ];
    const c = clusterProjects(records);
    const same = (i: number, j: number) => c[i] === c[j];
    expect(same(0, 1) && same(1, 2)).toBe(true);
    expect(same(3, 4)).toBe(true);
    expect(same(3, 5)).toBe(false);
    expect(same(6, 7)).toBe(false);
    expect(same(8, 9)).toBe(true);
    expect(same(10, 11)).toBe(true);
    expect(same(0, 3)).toBe(false);
  });
});

describe('collaboration graph', () => {
  const firms = [
    {
      id: 'lh',
      trackRecords: [
        {
          countryCode: 'KW',
          city: 'South Saad Al-Abdullah',
          year: 2017,
          title: 'Smart new town master plan and design',
        },
      ],
    },
    {
      id: 'posco',
      corporateGroup: 'posco',
      trackRecords: [
        {
          countryCode: 'KW',
          city: 'South Saad Al-Abdullah',
          year: 2017,
          title: 'ICT infrastructure design for the smart new town',
        },
      ],
    },
    { id: 'posco-e&c', corporateGroup: 'posco', trackRecords: [] },
    { id: 'kisdi', trackRecords: [{ countryCode: 'GT', year: 2022, title: 'IDB-KSP field survey' }] },
    {
      id: 'krihs',
      trackRecords: [
        { countryCode: 'PE', city: 'Lima', year: 2022, title: 'KSP smart city master plan support' },
      ],
    },
    { id: 'alone', trackRecords: [{ countryCode: 'VN', year: 2020, title: 'Something else' }] },
  ];
  const graph = buildCollaborationGraph({
    firms,
    groups: [{ key: 'posco', name: { en: 'POSCO Group', ko: '포스코그룹' } }],
    consortia: [
      {
        id: 'c1',
        status: 'approved',
        year: 2025,
        projectTitle: 'Madiun streetlights',
        members: [
          { firmId: 'lh', status: 'accepted' },
          { firmId: 'alone', status: 'accepted' },
          { firmId: 'krihs', status: 'declined' },
        ],
      },
      {
        id: 'c2',
        status: 'submitted',
        outcome: 'selected',
        year: 2024,
        members: [
          { firmId: 'kisdi', status: 'accepted' },
          { firmId: 'krihs', status: 'accepted' },
        ],
      },
    ],
    asOfYear: 2025,
  });

  it('links firms that shared a past project, weighted by recency, with the project to cite', () => {
    const [r] = graph.relations('lh', 'posco');
    expect(r).toMatchObject({
      kind: 'shared_project',
      year: 2017,
      city: 'South Saad Al-Abdullah',
      countryCode: 'KW',
    });
    expect(r.title).toBe('ICT infrastructure design for the smart new town');
    expect(r.weight).toBeCloseTo(RELATION_WEIGHTS.sharedProject * Math.pow(0.5, 8 / 10));
    expect(graph.affinity('posco', 'lh')).toBeCloseTo(r.weight);
    expect(graph.relations('posco', 'lh')).toEqual(graph.relations('lh', 'posco'));
  });

  it('links corporate groups (no decay), platform consortia by outcome, and the same financier', () => {
    expect(graph.relations('posco', 'posco-e&c')[0]).toMatchObject({
      kind: 'corporate_group',
      key: 'posco',
      weight: RELATION_WEIGHTS.corporateGroup,
      name: { en: 'POSCO Group' },
    });
    expect(graph.relations('lh', 'alone')[0]).toMatchObject({
      kind: 'platform_consortium',
      status: 'approved',
      weight: 0.9,
    });
    expect(graph.relations('kisdi', 'krihs').map((r) => r.kind)).toEqual([
      'platform_consortium',
      'same_financier',
    ]);
    expect(graph.relations('kisdi', 'krihs')[0]).toMatchObject({
      status: 'selected',
      weight: recency(2024, 2025),
    });
    // A declined invitation is no tie.
    expect(graph.affinity('lh', 'krihs')).toBe(0);
    // Several relations add up as independent evidence.
    const [a, b] = graph.relations('kisdi', 'krihs');
    expect(graph.affinity('kisdi', 'krihs')).toBeCloseTo(1 - (1 - a.weight) * (1 - b.weight));
  });

  it('drops everything a removed record implied (blinding) and is empty by default', () => {
    const blinded = buildCollaborationGraph({
      firms: firms.map((f) => (f.id === 'posco' ? { ...f, trackRecords: [] } : f)),
      asOfYear: 2025,
    });
    expect(blinded.affinity('lh', 'posco')).toBe(0);
    expect(blinded.affinity('posco', 'posco-e&c')).toBeGreaterThan(0);
    expect(CollaborationGraph.empty().neighbours('lh').size).toBe(0);
    expect(graph.edgeCount).toBe(4);
  });

  it('discounts older and undated ties', () => {
    expect(recency(2025, 2025)).toBe(1);
    expect(recency(2015, 2025)).toBeCloseTo(0.5);
    expect(recency(null, 2025)).toBe(0.5);
  });
});
