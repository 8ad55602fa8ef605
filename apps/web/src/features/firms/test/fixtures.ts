import type { User } from '../../../lib/api/types';
import type { Taxonomy } from '../../../lib/taxonomy';
import type { FirmListItem, FirmListPage, FirmProfile } from '../api/types';

const term = (code: string, en: string, ko: string) => ({ code, en, ko });

export const taxonomy: Taxonomy = {
  domains: [
    {
      ...term('transport', 'Transport & logistics', '교통·물류'),
      capabilities: [
        {
          ...term('transport.its', 'Intelligent transport systems (ITS)', '지능형교통체계(ITS)'),
          domain: 'transport',
        },
        {
          ...term('transport.traffic_signal', 'Adaptive traffic signal control', '스마트 신호제어'),
          domain: 'transport',
        },
      ],
    },
    {
      ...term('energy', 'Energy', '에너지'),
      capabilities: [
        { ...term('energy.smart_metering', 'Smart metering (AMI)', '원격검침(AMI)'), domain: 'energy' },
        { ...term('energy.storage', 'Energy storage (ESS)', '에너지저장장치(ESS)'), domain: 'energy' },
      ],
    },
  ],
  roles: [term('solution_provider', 'Solution provider', '솔루션 공급')],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [],
  financingSources: [term('kcity_grant', 'K-City Network grant', 'K-City 네트워크 지원')],
  ladderStages: [
    ['A1', 1, 'Market exploration', '시장 탐색'],
    ['A2', 1, 'Market selection', '시장 선정'],
    ['A3', 1, 'Market analysis & strategy', '시장 분석 및 전략 수립'],
    ['A4', 1, 'Localisation groundwork', '현지화 여건 조성'],
    ['B1', 2, 'Pilot discovery', '실증사업 발굴'],
    ['B2', 2, 'Pilot execution', '실증사업 실시'],
    ['B3', 2, 'Pilot evaluation & feedback', '실증사업 평가 및 환류'],
    ['B4', 2, 'Pilot results promotion', '실증사업 성과 홍보'],
    ['C1', 3, 'New business development', '신규 사업 발굴 및 실시'],
    ['C2', 3, 'Market stabilisation', '시장 진출 안정화'],
    ['C3', 3, 'Package expansion & hub city', '사업 패키지 확대 및 거점화'],
    ['C4', 3, 'Expansion to neighbours', '인접 도시 및 국가 진출 확산'],
  ].map(([code, stage, en, ko]) => ({
    code: code as string,
    stage: stage as number,
    en: en as string,
    ko: ko as string,
  })),
};

export function listItem(overrides: Partial<FirmListItem> = {}): FirmListItem {
  return {
    id: 'f-real',
    name: 'DSPOne',
    nameKo: '디에스피원',
    size: 'sme',
    type: 'service_solution',
    homeCountry: 'KR',
    ladderStage: 'B2',
    verificationStatus: 'verified',
    isSample: false,
    onPlatform: true,
    capabilityCount: 2,
    topCapabilities: ['energy.smart_metering', 'energy.storage'],
    trackRecordCountries: ['VN'],
    ...overrides,
  };
}

export function listPage(items: FirmListItem[], total = items.length): FirmListPage {
  return { items, total, page: 1, limit: 20 };
}

export const staffUser: User = {
  id: 'u-staff',
  email: 'staff@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Park Staff',
  role: 'staff',
  firmId: null,
  permissions: ['firm:read', 'firm:verify'],
  firm: null,
};

export const firmAdmin: User = {
  id: 'u-admin',
  email: 'sme@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Choi Yuna',
  role: 'firm_admin',
  firmId: 'f-real',
  permissions: ['firm:read', 'firm:update-own'],
  firm: null,
};

export function profile(overrides: Partial<FirmProfile> = {}): FirmProfile {
  return {
    id: 'f-real',
    name: 'DSPOne',
    nameKo: '디에스피원',
    size: 'sme',
    type: 'service_solution',
    homeCountry: 'KR',
    description: 'Digital signal processing and AMI.',
    website: null,
    employeesBand: '10-49',
    foundedYear: 2005,
    ladderStage: 'B2',
    targetCountries: ['VN'],
    roles: ['solution_provider'],
    corporateGroup: null,
    isSample: false,
    onPlatform: true,
    sourceNote: null,
    verificationStatus: 'verified',
    verificationReason: null,
    verifiedAt: null,
    capabilities: [{ code: 'energy.smart_metering', level: 3, note: null }],
    solutions: [],
    trackRecords: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
