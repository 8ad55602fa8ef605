import { rng, type EmployeesBand, type FirmSize, type FirmType } from '@app/common';
import { readTaxonomySource } from '@app/taxonomy';

export interface DemoFirm {
  sourceRef: string;
  name: string;
  nameKo: string | null;
  homeCountry: string;
  size: FirmSize;
  type: FirmType;
  description: string | null;
  ladderStage: string | null;
  roles: string[];
  targetCountries?: string[];
  employeesBand?: EmployeesBand | null;
  foundedYear?: number | null;
  /** Corporate group name (corporate-groups.json), real firms only. */
  corporateGroup?: string | null;
  capabilities: { code: string; level: number }[];
  trackRecords: {
    countryCode: string;
    city: string | null;
    projectTitle: string;
    year: number | null;
    role?: string | null;
  }[];
  sourceNote: string | null;
  isSample: boolean;
}

export const SYNTHETIC_FIRM_COUNT = 400;
const SEED = 20261123;

// Skewed like the demand in the reports' project pipelines (transport, safety, data, energy, environment).
const DOMAIN_WEIGHTS = [
  ['transport', 20],
  ['safety', 15],
  ['data', 15],
  ['energy', 13],
  ['environment', 12],
  ['governance', 7],
  ['planning', 6],
  ['tourism_culture', 4],
  ['healthcare', 4],
  ['education', 2],
  ['finance', 2],
] as const;

const PREFIXES: [string, string][] = [
  ['Hanbit', '한빛'],
  ['Saebit', '새빛'],
  ['Nuri', '누리'],
  ['Daon', '다온'],
  ['Haneul', '하늘'],
  ['Gaon', '가온'],
  ['Areum', '아름'],
  ['Bada', '바다'],
  ['Dasom', '다솜'],
  ['Iroum', '이룸'],
  ['Mirae', '미래'],
  ['Purun', '푸른'],
  ['Solbit', '솔빛'],
  ['Taeyang', '태양'],
  ['Yeoul', '여울'],
  ['Onnuri', '온누리'],
  ['Sarang', '사랑'],
  ['Hangang', '한강'],
  ['Baekdu', '백두'],
  ['Halla', '한라'],
  ['Jisan', '지산'],
  ['Seorin', '서린'],
  ['Eunha', '은하'],
  ['Byeol', '별'],
  ['Garam', '가람'],
  ['Narae', '나래'],
  ['Dain', '다인'],
  ['Yeon', '연'],
  ['Sejong', '세종'],
  ['Gwanghwa', '광화'],
  ['Cheongna', '청라'],
  ['Songdo', '송도'],
  ['Pangyo', '판교'],
  ['Mokpo', '목포'],
  ['Ulsan', '울산'],
  ['Daegu', '대구'],
  ['Jeonju', '전주'],
  ['Gangneung', '강릉'],
  ['Suwon', '수원'],
  ['Chuncheon', '춘천'],
];

const NOUNS: Record<string, [string, string][]> = {
  transport: [
    ['Mobility', '모빌리티'],
    ['Traffic Systems', '교통시스템'],
    ['Transit Tech', '트랜짓테크'],
    ['Parking Solutions', '파킹솔루션'],
  ],
  safety: [
    ['Safety Systems', '세이프티시스템'],
    ['Vision AI', '비전AI'],
    ['Security', '시큐리티'],
    ['Disaster Tech', '재난테크'],
  ],
  data: [
    ['Data Lab', '데이터랩'],
    ['Digital Twin', '디지털트윈'],
    ['Geo Info', '지오인포'],
    ['IoT Networks', 'IoT네트웍스'],
  ],
  energy: [
    ['Energy', '에너지'],
    ['Power Grid', '파워그리드'],
    ['Solar', '솔라'],
    ['Lighting', '라이팅'],
  ],
  environment: [
    ['Water Tech', '워터테크'],
    ['Enviro', '엔바이로'],
    ['Clean Air', '클린에어'],
    ['Eco Systems', '에코시스템'],
  ],
  governance: [
    ['Gov Tech', '거브테크'],
    ['Civic Systems', '시빅시스템'],
    ['e-Admin', '이어드민'],
  ],
  planning: [
    ['Urban Planning', '도시계획'],
    ['Engineering', '엔지니어링'],
    ['Design Group', '디자인그룹'],
  ],
  tourism_culture: [
    ['Tour Tech', '투어테크'],
    ['Heritage Digital', '헤리티지디지털'],
  ],
  healthcare: [
    ['Health Care', '헬스케어'],
    ['Medi Link', '메디링크'],
  ],
  education: [
    ['Edu Tech', '에듀테크'],
    ['Learning Lab', '러닝랩'],
  ],
  finance: [
    ['Capital Partners', '캐피탈파트너스'],
    ['Fintech', '핀테크'],
  ],
};

// Target markets Korean firms name most (Vietnam, Indonesia first) and where the listed projects are.
const MARKETS: [string, string[]][] = [
  ['VN', ['Hanoi', 'Ho Chi Minh City', 'Da Nang']],
  ['ID', ['Jakarta', 'Surabaya', 'Makassar']],
  ['PH', ['Manila', 'Cebu', 'Clark']],
  ['TH', ['Bangkok', 'Chiang Mai']],
  ['KH', ['Phnom Penh']],
  ['LA', ['Vientiane']],
  ['MY', ['Kuala Lumpur']],
  ['MN', ['Ulaanbaatar']],
  ['UZ', ['Tashkent', 'Samarkand']],
  ['KZ', ['Almaty', 'Astana']],
  ['KG', ['Bishkek']],
  ['KE', ['Nairobi']],
  ['TZ', ['Dar es Salaam']],
  ['PE', ['Lima']],
  ['CO', ['Bogotá']],
  ['SA', ['Riyadh']],
  ['AE', ['Dubai']],
  ['ES', ['Madrid', 'Valencia']],
  ['IN', ['Bengaluru']],
];

const PILOT_TITLES: Record<string, string> = {
  transport: 'smart traffic pilot',
  safety: 'CCTV analytics pilot',
  data: 'city data platform pilot',
  energy: 'smart energy pilot',
  environment: 'water and air monitoring pilot',
  governance: 'e-government service pilot',
  planning: 'urban planning support',
  tourism_culture: 'smart tourism pilot',
  healthcare: 'telemedicine pilot',
  education: 'smart school pilot',
  finance: 'project finance advisory',
};

/** ~400 clearly labelled sample firms, mostly SMEs and startups, generated the same way on every machine. */
export function syntheticFirms(count = SYNTHETIC_FIRM_COUNT): DemoFirm[] {
  const r = rng(SEED);
  const taxonomy = readTaxonomySource();
  const byDomain = new Map(taxonomy.domains.map((d) => [d.code, d.capabilities.map((c) => c.code)]));
  const labels = new Map(taxonomy.domains.flatMap((d) => d.capabilities.map((c) => [c.code, c.en] as const)));
  const usedNames = new Set<string>();
  const firms: DemoFirm[] = [];

  for (let i = 1; i <= count; i++) {
    const local = r.next() < 0.1;
    const size: FirmSize = local
      ? r.weighted([
          ['sme', 6],
          ['mid', 3],
          ['large', 1],
        ])
      : r.weighted([
          ['sme', 50],
          ['startup', 32],
          ['mid', 18],
        ]);
    const primary = r.weighted(DOMAIN_WEIGHTS);
    const secondary = r.next() < 0.55 ? r.weighted(DOMAIN_WEIGHTS) : null;
    const type: FirmType =
      primary === 'planning'
        ? 'planning_development'
        : primary === 'finance'
          ? 'finance_support'
          : 'service_solution';

    const capabilities = new Map<string, number>();
    const maxLevel = size === 'startup' ? 2 : 3;
    const addFrom = (domain: string, n: number) => {
      const codes = byDomain.get(domain)!;
      for (let k = 0; k < n; k++) capabilities.set(r.pick(codes), r.int(1, maxLevel));
    };
    addFrom(primary, r.int(2, 4));
    if (secondary) addFrom(secondary, r.int(1, 2));

    let name = '';
    let nameKo = '';
    for (let attempt = 0; !name || usedNames.has(name); attempt++) {
      const [pEn, pKo] = r.pick(PREFIXES);
      const [nEn, nKo] = r.pick(NOUNS[primary]);
      name = attempt > 5 ? `${pEn} ${nEn} ${i}` : `${pEn} ${nEn}`;
      nameKo = attempt > 5 ? `${pKo}${nKo} ${i}` : `${pKo}${nKo}`;
    }
    usedNames.add(name);

    const market = r.pick(MARKETS);
    const homeCountry = local ? market[0] : 'KR';
    const roles = local
      ? ['local_partner', ...(r.next() < 0.5 ? ['operation_maintenance'] : [])]
      : type === 'planning_development'
        ? ['planning_consulting', 'engineering_design']
        : type === 'finance_support'
          ? ['financing']
          : [
              'solution_provider',
              ...(r.next() < 0.3 ? ['system_integration'] : []),
              ...(r.next() < 0.25 ? ['operation_maintenance'] : []),
            ];
    const ladderStage =
      size === 'mid' || size === 'large'
        ? r.pick(['A3', 'A4', 'B1', 'B2', 'B3', 'C1', 'C2'])
        : r.pick(['A1', 'A1', 'A2', 'A2', 'A3', 'A3', 'A4', 'B1', 'B2']);
    const trackRecords: DemoFirm['trackRecords'] = [];
    if (local || r.next() < 0.4) {
      for (let k = r.int(1, 3); k > 0; k--) {
        const [country, cities] = local ? market : r.pick(MARKETS);
        const city = r.pick(cities);
        trackRecords.push({
          countryCode: country,
          city,
          projectTitle: `${city} ${PILOT_TITLES[primary]}`,
          year: r.int(2016, 2025),
          role: roles[0],
        });
      }
    }
    const top = [...capabilities.keys()]
      .slice(0, 2)
      .map((c) => labels.get(c))
      .join(' and ');
    firms.push({
      sourceRef: `sample-${String(i).padStart(4, '0')}`,
      name: `${name} (sample)`,
      nameKo: `${nameKo} (샘플)`,
      homeCountry,
      size,
      type,
      description: `Sample data, not a real company. ${local ? `Local partner in ${market[0]}` : 'Korean firm'} offering ${top}.`,
      ladderStage,
      roles,
      targetCountries: local ? [] : [market[0]],
      employeesBand:
        size === 'startup'
          ? '1-9'
          : size === 'sme'
            ? r.pick(['10-49', '50-249'] as const)
            : size === 'mid'
              ? '250-999'
              : '1000+',
      foundedYear: size === 'startup' ? r.int(2016, 2024) : r.int(1985, 2015),
      capabilities: [...capabilities].map(([code, level]) => ({ code, level })),
      trackRecords,
      sourceNote: 'Synthetic sample firm generated for the demo (seeded, deterministic)',
      isSample: true,
    });
  }
  return firms;
}
