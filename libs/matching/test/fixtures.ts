import type { MatchFirmInput, MatchProjectInput } from '../src';

export const CODES = [
  'transport.its',
  'transport.traffic_signal',
  'transport.smart_parking',
  'energy.smart_streetlight',
  'energy.solar',
  'safety.cctv_analytics',
  'data.gis',
  'data.data_platform',
  'environment.flood_warning',
  'planning.master_plan',
];

let n = 0;
export function firm(
  partial: Partial<MatchFirmInput> & { caps?: Record<string, number> } = {},
): MatchFirmInput {
  n++;
  const { caps, ...rest } = partial;
  return {
    id: `f${n}`,
    name: `Firm ${n}`,
    size: 'sme',
    homeCountry: 'KR',
    ladderStage: null,
    roles: [],
    capabilities: Object.entries(caps ?? {}).map(([code, level]) => ({ code, level })),
    solutions: [],
    trackRecords: [],
    ...rest,
  };
}

export function project(partial: Partial<MatchProjectInput> = {}): MatchProjectInput {
  return {
    id: 'p1',
    countryCode: 'VN',
    sectors: [],
    requirements: [],
    roles: [],
    teamRules: {
      minSmeMembers: 0,
      maxMembers: null,
      localPartnerRequired: false,
      leadCountryExperience: false,
    },
    ...partial,
  };
}
