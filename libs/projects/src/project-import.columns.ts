/** The project fields an import file may fill, and the column headers recognised for each. */
export const IMPORT_FIELDS = [
  'id',
  'title',
  'titleKo',
  'countryCode',
  'city',
  'program',
  'track',
  'sectors',
  'status',
  'budgetAmount',
  'budgetCurrency',
  'budgetText',
  'financing',
  'submissionDeadline',
  'description',
  'client',
  'procurement',
  'period',
  'sourceNote',
  'capabilities',
  'roles',
  'minSmeMembers',
  'maxMembers',
  'localPartnerRequired',
  'leadCountryExperience',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers of the CSV export that are derived from other data and ignored on import. */
export const DERIVED_HEADERS = ['requirement_count', 'must_have_count'];

/** Header spellings (normalised: lower case, letters and digits only) → field. Export headers included. */
const ALIASES: Record<string, ImportField> = {
  id: 'id',
  title: 'title',
  titleen: 'title',
  name: 'title',
  제목: 'title',
  사업명: 'title',
  titleko: 'titleKo',
  koreantitle: 'titleKo',
  국문제목: 'titleKo',
  country: 'countryCode',
  countrycode: 'countryCode',
  국가: 'countryCode',
  city: 'city',
  도시: 'city',
  program: 'program',
  사업: 'program',
  track: 'track',
  유형: 'track',
  sectors: 'sectors',
  sector: 'sectors',
  분야: 'sectors',
  status: 'status',
  상태: 'status',
  budgetamount: 'budgetAmount',
  budget: 'budgetAmount',
  예산: 'budgetAmount',
  budgetcurrency: 'budgetCurrency',
  currency: 'budgetCurrency',
  통화: 'budgetCurrency',
  budgettext: 'budgetText',
  financing: 'financing',
  재원: 'financing',
  submissiondeadline: 'submissionDeadline',
  deadline: 'submissionDeadline',
  마감일: 'submissionDeadline',
  description: 'description',
  설명: 'description',
  client: 'client',
  발주처: 'client',
  procurement: 'procurement',
  period: 'period',
  sourcenote: 'sourceNote',
  source: 'sourceNote',
  출처: 'sourceNote',
  capabilities: 'capabilities',
  requirements: 'capabilities',
  roles: 'roles',
  minsmemembers: 'minSmeMembers',
  maxmembers: 'maxMembers',
  localpartnerrequired: 'localPartnerRequired',
  leadcountryexperience: 'leadCountryExperience',
};

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The field a header maps to by default, or null (unknown or derived: the column is ignored). */
export function detectField(header: string): ImportField | null {
  return ALIASES[normaliseHeader(header)] ?? null;
}
