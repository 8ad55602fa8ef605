import type { ProjectListItemDto } from './project.dto';

/** Byte order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Korean. */
const BOM = '\uFEFF';

const COLUMNS: [header: string, value: (p: ProjectListItemDto) => string | number | null][] = [
  ['id', (p) => p.id],
  ['title', (p) => p.title],
  ['title_ko', (p) => p.titleKo],
  ['country', (p) => p.countryCode],
  ['city', (p) => p.city],
  ['program', (p) => p.program],
  ['track', (p) => p.track],
  ['sectors', (p) => p.sectors.join('; ')],
  ['status', (p) => p.status],
  ['budget_amount', (p) => p.budget.amount],
  ['budget_currency', (p) => p.budget.currency],
  ['budget_text', (p) => p.budget.text],
  ['financing', (p) => p.financing.join('; ')],
  ['submission_deadline', (p) => p.submissionDeadline],
  ['requirement_count', (p) => p.requirementCount],
  ['must_have_count', (p) => p.mustHaveCount],
];

/** RFC 4180 quoting; text starting like a formula is prefixed with ' so spreadsheets do not run it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function projectsToCsv(items: ProjectListItemDto[]): string {
  const lines = [
    COLUMNS.map(([h]) => h).join(','),
    ...items.map((p) => COLUMNS.map(([, v]) => csvCell(v(p))).join(',')),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}
