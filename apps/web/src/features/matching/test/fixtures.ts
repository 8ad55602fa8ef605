/** Matching fixtures shaped like the real API answers for the Madiun smart streetlight project. */
import type { Taxonomy } from '../../../lib/taxonomy';
import type {
  ConsortiumSuggestions,
  FirmMatch,
  FirmMatchList,
  ProjectMatchList,
  TeamReport,
} from '../api/types';

export const PROJECT_ID = '09575a67-d5e4-4126-b36a-bfe5be7cd177';
export const LG_CNS = '8b372588-3253-46e5-be07-fd160f3d91d0';
const DATA_LAB = 'f057a1f0-6230-4fd2-b610-03c73b4fe748';
const LOCAL = '0344fb6e-9074-4467-a805-98186d9192f6';
const MOKPO = '26de3d02-072d-466b-a9cd-9e5d81a13969';

export const taxonomy: Taxonomy = {
  domains: [
    {
      code: 'energy',
      en: 'Energy',
      ko: '에너지',
      capabilities: [
        { code: 'energy.smart_streetlight', domain: 'energy', en: 'Smart streetlights', ko: '스마트 가로등' },
        {
          code: 'energy.building_management',
          domain: 'energy',
          en: 'Building energy management (BEMS)',
          ko: '건물에너지관리(BEMS)',
        },
      ],
    },
    {
      code: 'transport',
      en: 'Transport & logistics',
      ko: '교통·물류',
      capabilities: [
        {
          code: 'transport.its',
          domain: 'transport',
          en: 'Intelligent transport systems (ITS)',
          ko: '지능형교통체계(ITS)',
        },
      ],
    },
  ],
  roles: [
    { code: 'lead', en: 'Lead / project manager', ko: '주관사' },
    { code: 'solution_provider', en: 'Solution provider', ko: '솔루션 공급' },
    { code: 'local_partner', en: 'Local partner', ko: '현지 파트너' },
    { code: 'system_integration', en: 'ICT system integration', ko: 'ICT 시스템통합' },
  ],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [],
  financingSources: [],
  ladderStages: [],
};

export const projectInfo = {
  id: PROJECT_ID,
  title: 'Pilot of smart streetlights that detect road vehicles and adjust brightness in real time',
  titleKo: '스마트가로등 실증',
  countryCode: 'ID',
  city: 'Madiun',
  program: 'K-City Network 2022',
  status: 'announced',
} satisfies FirmMatchList['project'];

export const mokpoMatch: FirmMatch = {
  firm: {
    id: MOKPO,
    name: 'Mokpo Power Grid (sample)',
    nameKo: '목포파워그리드 (샘플)',
    size: 'mid',
    homeCountry: 'KR',
    isSample: true,
  },
  score: 59.7,
  parts: { capabilities: 21.4, mustHaves: 15, roles: 10, experience: 7.5, sector: 1.7, ladder: 4.1 },
  requirements: [
    {
      code: 'energy.smart_streetlight',
      weight: 3,
      mustHave: true,
      covered: true,
      strength: 1,
      level: 3,
      solutions: ['LumiGrid'],
      evidence: [{ kind: 'solution', name: 'LumiGrid', year: null, weight: 0.8 }],
      points: 21.4,
      maxPoints: 21.4,
    },
    {
      code: 'transport.its',
      weight: 1,
      mustHave: false,
      covered: false,
      strength: 0,
      level: 0,
      solutions: [],
      evidence: [],
      points: 0,
      maxPoints: 7.1,
    },
  ],
  matchedRoles: ['solution_provider', 'system_integration'],
  experience: { country: 'TH', year: 2025, kind: 'region' },
  reasons: [
    {
      kind: 'capabilities',
      en: 'Covers 1 of 4 required capabilities, including the must-have',
      ko: '요구 역량 4개 중 1개 보유, 필수 역량 모두 포함',
    },
    {
      kind: 'experience',
      en: 'Has regional experience in Thailand (2025)',
      ko: '인근 국가 태국 수행 실적 (2025년)',
    },
  ],
};

export const firmMatchList: FirmMatchList = {
  project: projectInfo,
  candidates: 505,
  items: [
    mokpoMatch,
    {
      ...mokpoMatch,
      firm: {
        id: LG_CNS,
        name: 'LG CNS',
        nameKo: 'LG CNS',
        size: 'large',
        homeCountry: 'KR',
        isSample: false,
      },
      score: 41.2,
    },
  ],
};

export function projectMatches(overrides: Partial<ProjectMatchList> = {}): ProjectMatchList {
  return {
    firmId: LG_CNS,
    items: [
      {
        project: projectInfo,
        score: 69.7,
        parts: mokpoMatch.parts,
        requirements: mokpoMatch.requirements,
        matchedRoles: ['lead'],
        experience: null,
        reasons: [
          {
            kind: 'capabilities',
            en: 'Covers 2 of 3 required capabilities',
            ko: '요구 역량 3개 중 2개 보유',
          },
        ],
      },
    ],
    note: null,
    ...overrides,
  };
}

export const team: TeamReport = {
  members: [
    {
      firmId: DATA_LAB,
      name: 'Chuncheon Data Lab (sample)',
      nameKo: '춘천데이터랩 (샘플)',
      size: 'mid',
      homeCountry: 'KR',
      isSample: true,
      onPlatform: false,
      role: 'solution_provider',
      isLead: false,
      covers: ['energy.building_management'],
    },
    {
      firmId: LG_CNS,
      name: 'LG CNS',
      nameKo: 'LG CNS',
      size: 'large',
      homeCountry: 'KR',
      isSample: false,
      onPlatform: true,
      role: 'lead',
      isLead: true,
      covers: [],
    },
    {
      firmId: LOCAL,
      name: 'Onnuri Medi Link (sample)',
      nameKo: '온누리메디링크 (샘플)',
      size: 'sme',
      homeCountry: 'ID',
      isSample: true,
      onPlatform: false,
      role: 'local_partner',
      isLead: false,
      covers: [],
    },
    {
      firmId: MOKPO,
      name: 'Mokpo Power Grid (sample)',
      nameKo: '목포파워그리드 (샘플)',
      size: 'mid',
      homeCountry: 'KR',
      isSample: true,
      onPlatform: false,
      role: 'system_integration',
      isLead: false,
      covers: ['energy.smart_streetlight'],
    },
  ],
  coverage: [
    {
      code: 'energy.smart_streetlight',
      weight: 3,
      mustHave: true,
      best: 1,
      coveredBy: MOKPO,
      cells: [0, 0, 0, 1],
    },
    {
      code: 'energy.building_management',
      weight: 1,
      mustHave: false,
      best: 0.67,
      coveredBy: DATA_LAB,
      cells: [0.67, 0, 0, 0],
    },
    { code: 'transport.its', weight: 1, mustHave: false, best: 0, coveredBy: null, cells: [0, 0, 0, 0] },
  ],
  gaps: ['transport.its'],
  rules: [
    {
      rule: 'must_haves',
      required: true,
      passed: true,
      detail: { en: 'All 1 must-haves covered', ko: '필수 역량 1개 모두 충족' },
    },
    {
      rule: 'min_sme',
      required: true,
      passed: true,
      detail: { en: '1 SME/startup member(s); at least 1 required', ko: '중소·스타트업 1개사 (최소 1개사)' },
    },
    {
      rule: 'local_partner',
      required: true,
      passed: false,
      detail: { en: 'No partner based in Indonesia', ko: '인도네시아 현지 파트너 없음' },
    },
    {
      rule: 'lead_country_experience',
      required: false,
      passed: true,
      detail: { en: 'The lead has experience in Indonesia', ko: '주관사가 인도네시아 사업 경험 보유' },
    },
  ],
  feasible: false,
  objective: 80.76,
  score: 81,
  affinity: 0.5,
  relations: [
    {
      firmIds: [LG_CNS, MOKPO],
      affinity: 0.5,
      relation: {
        kind: 'shared_project',
        weight: 0.5,
        year: 2017,
        title: 'Dong Anh smart city master plan',
        city: 'Dong Anh',
        countryCode: 'VN',
      },
      text: {
        en: 'LG CNS and Mokpo Power Grid (sample) worked together on "Dong Anh smart city master plan", Dong Anh, 2017',
        ko: 'LG CNS와(과) 목포파워그리드 (샘플) 공동 수행: 2017년 Dong Anh "Dong Anh smart city master plan"',
      },
    },
  ],
  alternative: {
    labels: ['best'],
    added: [],
    removed: [],
    sameScoreAs: null,
    summary: { en: 'The best team overall', ko: '종합 최적 구성' },
  },
  explanation: { en: 'LG CNS leads a team of 4.', ko: 'LG CNS 주관, 총 4개사.' },
};

export const feasibleSuggestions: ConsortiumSuggestions = {
  projectId: PROJECT_ID,
  feasible: true,
  teams: [{ ...team, feasible: true, rules: team.rules.map((r) => ({ ...r, passed: true })) }],
  blockers: [],
};

export const infeasibleSuggestions: ConsortiumSuggestions = {
  projectId: PROJECT_ID,
  feasible: false,
  teams: [team],
  blockers: [
    {
      rule: 'local_partner',
      en: 'No eligible firm is based in Indonesia',
      ko: '인도네시아 현지 기업이 없습니다',
    },
  ],
};
