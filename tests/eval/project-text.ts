import {
  capabilitiesInText,
  normaliseText,
  type MatchProjectInput,
  type MatchRequirement,
} from '@app/matching';

/**
 * How the evaluation builds a project the way staff would, from what a staff member knows about it:
 * title, city, country, description and financing. Never from the members' capabilities.
 */

/** Roles named by a project's text (judgement, documented in libs/matching/README.md). */
const ROLE_WORDS: [role: string, words: string[]][] = [
  [
    'planning_consulting',
    [
      'master plan',
      'roadmap',
      'consulting',
      'advisory',
      'feasibility',
      'f s',
      'study',
      'survey',
      'strategy',
      'plan',
    ],
  ],
  ['engineering_design', ['design', 'engineering', 'blueprint']],
  ['construction', ['construction', 'build', 'epc', 'plant', 'housing complex']],
  ['system_integration', ['ict', 'system', 'platform', 'integration', 'control centre', 'command']],
  ['solution_provider', ['pilot', 'solution', 'supply', 'demonstration', 'poc', 'devices']],
  ['operation_maintenance', ['operation', 'maintenance', 'o m']],
  ['financing', ['loan', 'financing', 'investment', 'fund', 'equity', 'ppp']],
];

export function rolesInText(text: string): string[] {
  const t = normaliseText(text);
  return ROLE_WORDS.filter(([, words]) => words.some((w) => t.includes(` ${normaliseText(w).trim()} `))).map(
    ([role]) => role,
  );
}

/** Financing-source codes a text names (what a project sheet would list under financing). */
export function financingInText(text: string): string[] {
  const out = new Set<string>();
  if (/\bODA\b|\bgrant\b|\bKSP\b|\bEIPP\b|\bKOICA\b/i.test(text)) out.add('oda_grant');
  if (/\bEDCF\b|\bloan\b|\bEDPF\b/i.test(text)) out.add('concessional_loan');
  if (/world bank|\bIDB\b|\bADB\b|\bAIIB\b|\bEBRD\b|\bIFC\b/i.test(text)) out.add('mdb');
  if (/\bPPP\b/.test(text)) out.add('ppp');
  if (/k[\s-]?city/i.test(text)) out.add('kcity_grant');
  return [...out];
}

export interface ProjectText {
  id: string;
  title: string;
  description: string;
  countryCode: string;
  city: string | null;
  financing: string[];
  program: string | null;
  client: string | null;
}

/** At most this many requirements, as on a project sheet. */
const MAX_REQUIREMENTS = 8;

/**
 * Requirements from text: capabilities the title names are must-haves (the first two, weight 3),
 * those only the description names weigh 2 (the first three) or 1. Roles: the lead, the roles the
 * text names, and a local partner (close to mandatory abroad, domain brief). Team rules: none of
 * the project's own; the financing and program table derives them.
 */
export function projectFromText(p: ProjectText): MatchProjectInput {
  const inTitle = capabilitiesInText(p.title);
  const inDescription = capabilitiesInText(p.description).filter((c) => !inTitle.includes(c));
  const requirements: MatchRequirement[] = [
    ...inTitle.map((code, i) => ({ code, weight: 3, mustHave: i < 2 })),
    ...inDescription.map((code, i) => ({ code, weight: i < 3 ? 2 : 1, mustHave: false })),
  ].slice(0, MAX_REQUIREMENTS);
  return {
    id: p.id,
    countryCode: p.countryCode,
    sectors: [...new Set(requirements.map((r) => r.code.split('.')[0]))],
    requirements,
    roles: [...new Set(['lead', ...rolesInText(`${p.title} ${p.description}`), 'local_partner'])],
    teamRules: {},
    financing: p.financing,
    program: p.program,
    client: p.client,
  };
}
