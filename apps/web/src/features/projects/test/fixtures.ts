import type { CountrySummary } from '../../../lib/countries';
import type { Taxonomy } from '../../../lib/taxonomy';
import type { ProjectDetail, ProjectList, ProjectListItem } from '../api/types';

export const taxonomy: Taxonomy = {
  domains: [
    {
      code: 'planning',
      en: 'Urban planning & development',
      ko: '도시계획·개발',
      capabilities: [
        {
          code: 'planning.master_plan',
          domain: 'planning',
          en: 'Smart city master plan',
          ko: '스마트도시 기본계획',
        },
        {
          code: 'planning.feasibility_study',
          domain: 'planning',
          en: 'Feasibility study',
          ko: '타당성 조사',
        },
      ],
    },
    {
      code: 'tourism_culture',
      en: 'Tourism & culture',
      ko: '관광·문화',
      capabilities: [
        {
          code: 'tourism_culture.smart_tourism',
          domain: 'tourism_culture',
          en: 'Smart tourism',
          ko: '스마트관광',
        },
      ],
    },
  ],
  roles: [
    { code: 'lead', en: 'Lead / project manager', ko: '주관사' },
    { code: 'planning_consulting', en: 'Planning & consulting', ko: '계획·컨설팅' },
  ],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [{ code: 'master_plan', en: 'Master plan / feasibility study', ko: '기본계획·타당성조사' }],
  financingSources: [{ code: 'kcity_grant', en: 'K-City Network grant', ko: 'K-City 네트워크 지원' }],
  ladderStages: [],
};

export const issykKul: ProjectListItem = {
  id: '3f0c1a5e-4b7d-4c1e-9a51-0f7e2c1d9b10',
  title: 'Master plan for the Issyk-Kul smart tourism city',
  titleKo: '이식쿨 스마트관광 도시 기본계획',
  countryCode: 'KG',
  city: 'Issyk-Kul',
  program: 'K-City Network 2022',
  track: 'master_plan',
  sectors: ['planning', 'tourism_culture'],
  status: 'announced',
  budget: { amount: null, currency: 'KRW', text: 'KRW 300-500 million per project' },
  financing: ['kcity_grant'],
  submissionDeadline: null,
  requirementCount: 3,
  mustHaveCount: 2,
};

export function projectList(items: ProjectListItem[], overrides: Partial<ProjectList> = {}): ProjectList {
  return {
    items,
    total: items.length,
    page: 1,
    limit: 20,
    facets: {
      country: [
        { code: 'KG', count: 1 },
        { code: 'VN', count: 4 },
      ],
      sector: [{ code: 'planning', count: 5 }],
      track: [{ code: 'master_plan', count: 5 }],
      financing: [{ code: 'kcity_grant', count: 10 }],
      status: [{ code: 'announced', count: 5 }],
      program: [
        { code: 'K-City Network 2022', count: 10 },
        { code: 'KOTRA project pipeline', count: 15 },
      ],
    },
    ...overrides,
  };
}

export const issykKulDetail: ProjectDetail = {
  ...issykKul,
  description: 'Master plan and feasibility study for the Issyk-Kul lake area.',
  client: 'Issyk-Kul (applicant city/government)',
  procurement: 'grant_selection',
  period: 'selected Jun 2022',
  sourceNote: '2022 K-City Network press release, line 49',
  eligibilityNotes: ['Korean firm selected by MOLIT'],
  requirements: {
    capabilities: [
      { code: 'planning.master_plan', weight: 3, mustHave: true },
      { code: 'tourism_culture.smart_tourism', weight: 3, mustHave: true },
      { code: 'planning.feasibility_study', weight: 2, mustHave: false },
    ],
    roles: ['lead', 'planning_consulting'],
    teamRules: {
      minSmeMembers: 1,
      maxMembers: 5,
      localPartnerRequired: true,
      leadCountryExperience: true,
      koreanLead: null,
      koreanMajority: false,
      foreignRolesAllowed: null,
    },
    effectiveTeamRules: {
      minSmeMembers: 1,
      maxMembers: 5,
      localPartnerRequired: true,
      leadCountryExperience: true,
      koreanLead: true,
      koreanMajority: false,
      foreignRoles: ['local_partner'],
      addedRoles: [],
      sources: [
        {
          key: 'kcity_grant',
          kind: 'financing',
          en: 'K-City Network grant',
          ko: 'K-City 네트워크 지원',
          basis: 'MOLIT selects Korean firms',
        },
      ],
      ownFields: [
        'minSmeMembers',
        'maxMembers',
        'localPartnerRequired',
        'leadCountryExperience',
        'koreanMajority',
      ],
    },
  },
  createdAt: '2026-01-05T00:00:00.000Z',
  updatedAt: '2026-01-06T00:00:00.000Z',
  version: 1,
};

export const countries: CountrySummary[] = [
  { code: 'VN', projectCount: 12, openCount: 3, topSectors: ['planning'] },
  { code: 'KG', projectCount: 1, openCount: 0, topSectors: ['tourism_culture'] },
  { code: 'ES', projectCount: 30, openCount: 5, topSectors: ['planning', 'tourism_culture'] },
];
