import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProjectStatus } from '@app/common';
import { DEMO_DATA_DIR, readItems, type SourceRef } from './source-files';

/** A project of projects.json as the source has it (pure data: no database). */
export interface SourceProject {
  id: string;
  title: string;
  titleKo?: string | null;
  countryCode: string;
  city?: string | null;
  program?: string | null;
  track: string;
  sectors: string[];
  description?: string | null;
  budget?: { amount: number | null; currency: string | null; text: string | null } | null;
  financing: string[];
  client?: string | null;
  procurement?: string | null;
  period?: string | null;
  status: ProjectStatus;
  requirements: {
    capabilities: { code: string; weight: number; mustHave: boolean }[];
    roles: string[];
    teamRules: {
      minSmeMembers: number;
      maxMembers: number | null;
      localPartnerRequired: boolean;
      leadCountryExperience: boolean;
    };
  };
  eligibilityNotes?: string[];
  source?: SourceRef;
}

export function realProjects(): SourceProject[] {
  return readItems<SourceProject>('projects.json');
}

export interface CorporateGroups {
  /** Group key → name. */
  groups: Record<string, { en: string; ko: string }>;
  /** Firm (firms.json id) → group, with the public basis. */
  members: { firm: string; group: string; basis: string }[];
}

/** corporate-groups.json: the real firms' corporate groups, where public. */
export function corporateGroups(): CorporateGroups {
  return JSON.parse(readFileSync(resolve(DEMO_DATA_DIR, 'corporate-groups.json'), 'utf8')) as CorporateGroups;
}
