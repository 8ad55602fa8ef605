/** Plain data in, plain data out: no Nest, TypeORM or HTTP here. */

export type Maturity = 'concept' | 'pilot-proven' | 'commercial';

export interface MatchFirmInput {
  id: string;
  name: string;
  nameKo?: string | null;
  /** large | mid | sme | startup | public | research */
  size: string;
  homeCountry: string;
  ladderStage?: string | null;
  roles: string[];
  capabilities: { code: string; level: number }[];
  solutions: { name: string; capabilityCodes: string[]; maturity: Maturity }[];
  trackRecords: { countryCode: string; year?: number | null; city?: string | null }[];
}

export interface MatchRequirement {
  code: string;
  /** 1–3 */
  weight: number;
  mustHave: boolean;
}

export interface TeamRules {
  minSmeMembers: number;
  maxMembers: number | null;
  localPartnerRequired: boolean;
  leadCountryExperience: boolean;
}

export interface MatchProjectInput {
  id: string;
  countryCode: string;
  sectors: string[];
  requirements: MatchRequirement[];
  roles: string[];
  teamRules: TeamRules;
}

export interface Label {
  en: string;
  ko: string;
}

/** Capability, domain, role and country labels for explanations; codes are used when missing. */
export type Labels = (code: string) => Label | undefined;

export interface Reason extends Label {
  kind:
    | 'capabilities'
    | 'must_haves'
    | 'experience'
    | 'roles'
    | 'solution'
    | 'sector'
    | 'ladder'
    | 'gap'
    | 'boost';
}
