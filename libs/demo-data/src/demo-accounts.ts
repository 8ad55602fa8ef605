import type { Role } from '@app/common';

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** id of the firm in data/firms.json this account administers */
  firmRef?: string;
  description: string;
}

// Shared by the seeder, the start banner and the README. Demo only: never use outside local mode.
export const DEMO_PASSWORD = 'cm-demo-2026!';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'large@demo.consortium-match.kr',
    password: DEMO_PASSWORD,
    name: 'Park Jiho',
    role: 'firm_admin',
    firmRef: 'lg-cns',
    description: 'Firm admin of LG CNS (large firm)',
  },
  {
    email: 'sme@demo.consortium-match.kr',
    password: DEMO_PASSWORD,
    name: 'Choi Yuna',
    role: 'firm_admin',
    firmRef: 'dspone',
    description: 'Firm admin of DSPOne (SME)',
  },
  {
    email: 'staff@demo.consortium-match.kr',
    password: DEMO_PASSWORD,
    name: 'Jung Hyun',
    role: 'staff',
    description: 'Program staff (reviews consortia, verifies firms)',
  },
  {
    email: 'admin@demo.consortium-match.kr',
    password: DEMO_PASSWORD,
    name: 'Kang Seo',
    role: 'admin',
    description: 'Administrator',
  },
];

/**
 * Demo partner accounts: one admin each for firms the engine suggests most often for the open demo
 * projects (counted over every suggested team with LG CNS as the lead), so a suggested team includes
 * firms that can answer an invitation. The rest stay "not yet on the platform" (claimable), like most
 * real firms would. Sample firms (sample-…) exist only with the synthetic population; their accounts are
 * skipped without it. Firms the API tests use as unclaimed (K-water, Datastreams) or give their own
 * admins (IVS Tech, J-SYS, KT) are left out on purpose.
 */
const PARTNERS: [firmRef: string, label: string][] = [
  ['hyundai-ec', 'Hyundai Engineering & Construction (large)'],
  ['lh', 'Korea Land & Housing Corporation (public)'],
  ['dohwa', 'Dohwa Engineering (mid-sized)'],
  ['vntt', 'VNTT (local partner, Vietnam)'],
  ['surbana-jurong', 'Surbana Jurong (foreign partner, Singapore)'],
  ['sample-0240', 'Gwanghwa Engineering (sample SME)'],
  ['sample-0266', 'Haneul Disaster Tech (sample SME)'],
  ['sample-0384', 'Daegu Water Tech (sample SME)'],
  ['sample-0140', 'Pangyo Parking Solutions (sample mid-sized)'],
  ['sample-0093', 'Baekdu Security (sample SME)'],
  ['sample-0372', 'Hangang Transit Tech (sample SME)'],
  ['kecc', 'Korea Engineering Consultants Corp. (mid-sized)'],
  ['sample-0350', 'Daegu Design Group (sample SME)'],
  ['sample-0059', 'Solbit Parking Solutions (sample SME)'],
  ['sample-0161', 'Halla Civic Systems (sample mid-sized)'],
  ['sample-0134', 'Yeoul Power Grid (sample SME)'],
];

export const DEMO_PARTNER_ACCOUNTS: DemoAccount[] = PARTNERS.map(([firmRef, label]) => ({
  email: `partner-${firmRef}@demo.consortium-match.kr`,
  password: DEMO_PASSWORD,
  name: `Demo admin · ${label.replace(/ \(.*\)$/, '')}`,
  role: 'firm_admin',
  firmRef,
  description: `Demo partner: firm admin of ${label}`,
}));
