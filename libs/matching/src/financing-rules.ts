import type { Label, MatchProjectInput, TeamRules } from './types';

/**
 * Team rules implied by how a project is financed, as data. Keys are the taxonomy's financing-source
 * codes (`kind: 'financing'`) and program codes (`kind: 'program'`; projects name their program in
 * free text, recognised by `pattern`). README.md shows this table; `basis` says where each rule
 * comes from. Rules combine (any "required" wins, allowed foreign roles intersect) and a project's
 * own value for a field overrides them all.
 */
export interface FinancingRule {
  key: string;
  kind: 'financing' | 'program';
  label: Label;
  rules: Partial<TeamRules>;
  /** Roles a consortium under this financing needs (added to the project's roles). */
  roles?: string[];
  /** Recognises the program in a program name, client or record title. */
  pattern?: RegExp;
  basis: string;
}

const KOREAN_CORE: Partial<TeamRules> = { koreanLead: true, koreanMajority: true };
const LOCAL_ONLY = ['local_partner'];
const LOCAL_WORKS = ['local_partner', 'construction', 'operation_maintenance'];

export const FINANCING_RULES: readonly FinancingRule[] = [
  {
    key: 'kcity_grant',
    kind: 'financing',
    label: { en: 'K-City Network grant', ko: 'K-City 네트워크 지원' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_ONLY, leadCountryExperience: true },
    basis:
      'MOLIT selects Korean firms to do the work, "strong technology plus an existing network in the target country" (2022 K-City Network press release; domain brief)',
  },
  {
    key: 'kind_fund',
    kind: 'financing',
    label: { en: 'KIND / infrastructure fund equity', ko: 'KIND·인프라펀드 투자' },
    rules: { ...KOREAN_CORE, foreignRoles: [...LOCAL_WORKS, 'financing'] },
    roles: ['financing'],
    basis:
      'KIND and the PIS fund invest in overseas projects led by Korean firms; co-investors and local contractors join in their own roles',
  },
  {
    key: 'eu_funds',
    kind: 'financing',
    label: { en: 'EU funds', ko: 'EU 기금' },
    rules: { localPartnerRequired: true },
    basis:
      'EU-funded national tenders (Red.es, RRF) run in the local language and law; "a local partner is close to mandatory" in Spain and Italy (domain brief)',
  },
  {
    key: 'ppp',
    kind: 'financing',
    label: { en: 'Public-private partnership', ko: '민관협력(PPP)' },
    rules: {},
    roles: ['financing'],
    basis: 'A PPP consortium brings equity and debt: it needs a financing partner',
  },
  {
    key: 'oda_grant',
    kind: 'financing',
    label: { en: 'ODA grant', ko: '무상원조(ODA)' },
    rules: {},
    basis:
      'Grants come from many donors (KOICA, USAID, UN-Habitat): the Korean rules come with the program (KOICA, KSP, EIPP)',
  },
  {
    key: 'concessional_loan',
    kind: 'financing',
    label: { en: 'Concessional loan', ko: '유상원조' },
    rules: {},
    basis: 'Lenders differ (EDCF, JICA, Chinese and Italian loans): the Korean rules come with EDCF',
  },
  {
    key: 'mdb',
    kind: 'financing',
    label: { en: 'Multilateral development bank', ko: '다자개발은행' },
    rules: {},
    basis: 'International competitive bidding: open to firms of member countries, no nationality rule',
  },
  {
    key: 'host_government',
    kind: 'financing',
    label: { en: 'Host government budget', ko: '현지 정부 예산' },
    rules: {},
    basis: "The client's own procurement rules apply; eligibility notes are set per project",
  },
  {
    key: 'private',
    kind: 'financing',
    label: { en: 'Private investment', ko: '민간투자' },
    rules: {},
    basis: 'No public procurement rule',
  },
  {
    key: 'kcity_network',
    kind: 'program',
    label: { en: 'K-City Network', ko: 'K-City 네트워크' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_ONLY, leadCountryExperience: true },
    pattern: /k[\s-]?city/i,
    basis: 'As the K-City Network grant: Korean firms selected by MOLIT, with a network in the country',
  },
  {
    key: 'ksp',
    kind: 'program',
    label: { en: 'KSP (Knowledge Sharing Program)', ko: '경제발전경험공유사업(KSP)' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_ONLY },
    pattern: /\bKSP\b|knowledge sharing program/i,
    basis:
      'Korean policy consulting (MOEF): Korean institutes and firms advise, the local side is the counterpart',
  },
  {
    key: 'eipp',
    kind: 'program',
    label: { en: 'EIPP (Economic Innovation Partnership Program)', ko: '경제혁신파트너십프로그램(EIPP)' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_ONLY },
    pattern: /\bEIPP\b|economic innovation partnership/i,
    basis: 'Korean government partnership program delivered by Korean firms with the partner agencies',
  },
  {
    key: 'edcf',
    kind: 'program',
    label: { en: 'EDCF', ko: '대외경제협력기금(EDCF)' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_WORKS },
    pattern: /\bEDCF\b|economic development cooperation fund/i,
    basis:
      'Tied EDCF loans: "only Korean firms can bid" (projects.json, Konza DMC); local firms build and operate as subcontractors',
  },
  {
    key: 'koica',
    kind: 'program',
    label: { en: 'KOICA grant', ko: 'KOICA 무상원조' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_WORKS },
    pattern: /\bKOICA\b/i,
    basis: 'Korean grant aid procured from Korean firms; local works and operation by local firms',
  },
  {
    key: 'kind_pis',
    kind: 'program',
    label: { en: 'KIND / PIS fund', ko: 'KIND·PIS 펀드' },
    rules: { ...KOREAN_CORE, foreignRoles: [...LOCAL_WORKS, 'financing'] },
    roles: ['financing'],
    pattern: /\bKIND\b|\bPIS\b/,
    basis: 'As KIND fund equity',
  },
  {
    key: 'korea_asean_g2g',
    kind: 'program',
    label: { en: 'Korea-ASEAN smart city cooperation (G2G)', ko: '한-아세안 스마트시티 협력(G2G)' },
    rules: { ...KOREAN_CORE, foreignRoles: LOCAL_ONLY },
    pattern: /korea[\s-]asean/i,
    basis: 'G2G project: the implementing agency is designated by MOLIT (projects.json eligibility notes)',
  },
  {
    key: 'smai',
    kind: 'program',
    label: { en: 'Smart Municipalities & AI (Saudi Arabia)', ko: '사우디 스마트 지자체·AI' },
    rules: { localPartnerRequired: true },
    pattern: /smart municipalities/i,
    basis:
      'Local content / Saudization rules: "qualified local partner needed" (projects.json eligibility notes)',
  },
  {
    key: 'dilg',
    kind: 'program',
    label: { en: 'DILG smart city projects (Philippines)', ko: '필리핀 DILG 스마트시티' },
    rules: { localPartnerRequired: true },
    pattern: /\bDILG\b/,
    basis:
      '"Cooperation with local government or private developer essential" (projects.json eligibility notes)',
  },
];

export const DEFAULT_TEAM_RULES: TeamRules = {
  minSmeMembers: 0,
  maxMembers: null,
  localPartnerRequired: false,
  leadCountryExperience: false,
  koreanLead: false,
  koreanMajority: false,
  foreignRoles: null,
};

const BY_KEY = new Map(FINANCING_RULES.map((r) => [r.key, r]));
const PROGRAMS = FINANCING_RULES.filter((r) => r.kind === 'program' && r.pattern);

/** Program codes named in free text (a program name, a client, a record title). */
export function programsIn(text: string | null | undefined): string[] {
  if (!text) return [];
  if (BY_KEY.get(text)?.kind === 'program') return [text];
  return PROGRAMS.filter((r) => r.pattern!.test(text)).map((r) => r.key);
}

export interface EffectiveTeamRules {
  rules: TeamRules;
  /** Roles the financing adds to the project's own. */
  roles: string[];
  /** The financing and program rules that applied, for display ("Korean lead: EDCF"). */
  sources: FinancingRule[];
  /** Rule fields the project sets itself (these override the table). */
  ownFields: (keyof TeamRules)[];
}

/** The project's team rules: its financing's and program's, overridden by what the project sets itself. */
export function effectiveTeamRules(
  project: Pick<MatchProjectInput, 'teamRules' | 'financing' | 'program' | 'client'>,
): EffectiveTeamRules {
  const keys = new Set([
    ...(project.financing ?? []),
    ...programsIn(project.program),
    ...programsIn(project.client).filter((k) => k === 'koica'),
  ]);
  const sources = [...keys].flatMap((k) => BY_KEY.get(k) ?? []);
  const derived: TeamRules = { ...DEFAULT_TEAM_RULES };
  for (const { rules } of sources) {
    if (rules.minSmeMembers !== undefined)
      derived.minSmeMembers = Math.max(derived.minSmeMembers, rules.minSmeMembers);
    if (rules.maxMembers != null)
      derived.maxMembers =
        derived.maxMembers === null ? rules.maxMembers : Math.min(derived.maxMembers, rules.maxMembers);
    for (const flag of [
      'localPartnerRequired',
      'leadCountryExperience',
      'koreanLead',
      'koreanMajority',
    ] as const)
      if (rules[flag]) derived[flag] = true;
    if (rules.foreignRoles)
      derived.foreignRoles = derived.foreignRoles
        ? derived.foreignRoles.filter((r) => rules.foreignRoles!.includes(r))
        : [...rules.foreignRoles];
  }
  const own = project.teamRules;
  const ownFields = (Object.keys(DEFAULT_TEAM_RULES) as (keyof TeamRules)[]).filter(
    (f) => own[f] !== undefined,
  );
  const rules = { ...derived };
  for (const f of ownFields) (rules as Record<string, unknown>)[f] = own[f];
  const roles = [...new Set(sources.flatMap((s) => s.roles ?? []))];
  return { rules, roles, sources, ownFields };
}

const LENDERS: [string, RegExp][] = [
  ['world_bank', /world bank|\bIBRD\b|\bIFC\b/i],
  ['adb', /\bADB\b|asian development bank/],
  ['idb', /\bIDB\b|inter-american development bank/],
  ['aiib', /\bAIIB\b/],
  ['ebrd', /\bEBRD\b/],
  ['jica', /\bJICA\b/],
  ['usaid', /\bUSAID\b/],
];

/** Financiers named by a record (its financing source or title), for "worked with the same financier". */
export function financiersIn(record: { financingSource?: string | null; title?: string | null }): string[] {
  const keys = new Set<string>();
  const source = record.financingSource?.trim();
  if (source) {
    const known = BY_KEY.get(source);
    // Generic sources (host budget, private, PPP, "a multilateral bank") say nothing about who financed it.
    if (known && ['kcity_grant', 'kind_fund'].includes(known.key)) keys.add(known.key);
    for (const k of programsIn(source)) keys.add(k);
  }
  for (const k of programsIn(record.title)) keys.add(k);
  for (const [key, re] of LENDERS) if (re.test(`${record.title ?? ''} ${source ?? ''}`)) keys.add(key);
  // The grant and its program are one financier.
  const same: Record<string, string> = { kcity_grant: 'kcity_network', kind_fund: 'kind_pis' };
  return [...new Set([...keys].map((k) => same[k] ?? k))].sort();
}

/** A financier's or program's label for explanations. */
export function financierLabel(key: string): Label {
  const rule = BY_KEY.get(key);
  if (rule) return rule.label;
  const names: Record<string, Label> = {
    world_bank: { en: 'World Bank', ko: '세계은행' },
    adb: { en: 'ADB', ko: '아시아개발은행' },
    idb: { en: 'IDB', ko: '미주개발은행' },
    aiib: { en: 'AIIB', ko: '아시아인프라투자은행' },
    ebrd: { en: 'EBRD', ko: '유럽부흥개발은행' },
    jica: { en: 'JICA', ko: 'JICA' },
    usaid: { en: 'USAID', ko: 'USAID' },
  };
  return names[key] ?? { en: key, ko: key };
}
