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
