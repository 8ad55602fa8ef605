/** Plain data in, plain data out: no Nest, TypeORM or HTTP here. */

export type Maturity = 'concept' | 'pilot-proven' | 'commercial';

/** A past project of a firm, as the firm (or the source report) describes it. */
export interface TrackRecordInput {
  countryCode: string;
  year?: number | null;
  city?: string | null;
  /** The project title as written; matched to capability codes by keywords and to other firms' records. */
  title?: string | null;
  /** Capabilities the firm says it used on this project (explicit evidence). */
  capabilityCodes?: string[];
  /** Taxonomy financing-source code or program code/name (e.g. `concessional_loan`, `ksp`, "EDCF"). */
  financingSource?: string | null;
  client?: string | null;
  role?: string | null;
}

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
  solutions: {
    name: string;
    capabilityCodes: string[];
    maturity: Maturity;
    certifications?: string[];
  }[];
  trackRecords: TrackRecordInput[];
  /** Staff verified the profile: weak evidence for every declared capability. */
  verified?: boolean;
  /** Corporate group key (see the collaboration graph); null or absent when none is public. */
  corporateGroup?: string | null;
}

export interface MatchRequirement {
  code: string;
  /** 1–3 */
  weight: number;
  mustHave: boolean;
}

/** The team rules the engine enforces (all resolved; see `effectiveTeamRules`). */
export interface TeamRules {
  minSmeMembers: number;
  maxMembers: number | null;
  localPartnerRequired: boolean;
  leadCountryExperience: boolean;
  /** The lead is based in Korea. */
  koreanLead: boolean;
  /** At least half of the members are based in Korea. */
  koreanMajority: boolean;
  /** Roles a firm based outside Korea may take; null = any role. */
  foreignRoles: string[] | null;
}

/** A project's own rules: a field left out is derived from its financing and program. */
export type TeamRulesInput = Partial<TeamRules>;

export interface MatchProjectInput {
  id: string;
  countryCode: string;
  sectors: string[];
  requirements: MatchRequirement[];
  roles: string[];
  teamRules: TeamRulesInput;
  /** Taxonomy financing-source codes (e.g. `kcity_grant`, `concessional_loan`). */
  financing?: string[];
  /** Program code (`ksp`, `edcf` …) or the program's name as listed (e.g. "K-City Network 2022"). */
  program?: string | null;
  client?: string | null;
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
    | 'evidence'
    | 'sector'
    | 'ladder'
    | 'gap'
    | 'boost'
    | 'relation';
}
