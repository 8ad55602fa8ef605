import { BadRequestException, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import { TaxonomyService } from '@app/taxonomy';
import { assertAllCodes } from './assert-codes';
import { DERIVED_HEADERS, detectField, IMPORT_FIELDS, type ImportField } from './project-import.columns';
import type {
  ImportColumnDto,
  ImportErrorDto,
  ImportRowDto,
  ProjectImportResultDto,
} from './project-import.dto';
import { parseSheet } from './project-import.parse';
import { ProjectEvents } from './project-events';
import { Project, ProjectRequirement } from './project.entity';
import { CreateProjectDto } from './save-project.dto';
import { toProjectFields } from './projects.service';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

interface CheckedRow {
  line: number;
  id: string | null;
  dto: CreateProjectDto | null;
  plain: Record<string, unknown>;
  errors: ImportErrorDto[];
  duplicateOf: string | null;
}

/** Projects from a CSV or XLSX file: parse, map columns, validate like POST /api/projects, then insert all or none. */
@Injectable()
export class ProjectImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: ProjectEvents,
  ) {}

  async import(
    userId: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    mappingJson: string | undefined,
    dryRun: boolean,
  ): Promise<ProjectImportResultDto> {
    if (!file?.buffer?.length) {
      throw new BadRequestException({
        message: 'Attach a CSV or XLSX file in the multipart field "file"',
        details: [{ field: 'file', message: 'a non-empty file is required' }],
      });
    }
    const sheet = await parseSheet(file.buffer, file.originalname ?? '', IMPORT_MAX_ROWS);
    const columns = mapColumns(sheet.headers, parseMapping(mappingJson, sheet.headers));
    const rows: CheckedRow[] = [];
    for (const r of sheet.rows) rows.push(await this.checkRow(r.line, r.cells, columns));
    await this.markDuplicates(rows);

    const errors = rows.flatMap((r) => r.errors);
    const titleOf = (r: CheckedRow) => (typeof r.plain.title === 'string' ? r.plain.title : null);
    const preview: ImportRowDto[] = rows.map((r) => ({
      row: r.line,
      status: r.errors.length ? 'invalid' : r.duplicateOf ? 'duplicate' : 'valid',
      title: titleOf(r),
      countryCode: typeof r.plain.countryCode === 'string' ? r.plain.countryCode.toUpperCase() : null,
      duplicateOf: r.duplicateOf,
    }));
    const toInsert = rows.filter((r) => !r.errors.length && !r.duplicateOf);
    const result: ProjectImportResultDto = {
      dryRun,
      format: sheet.format,
      columns,
      fields: [...IMPORT_FIELDS],
      total: rows.length,
      valid: toInsert.length,
      duplicates: preview.filter((p) => p.status === 'duplicate').length,
      invalid: preview.filter((p) => p.status === 'invalid').length,
      inserted: 0,
      rows: preview,
      errors,
    };
    if (dryRun) return result;
    if (errors.length) {
      throw new BadRequestException({
        message: `Nothing was imported: ${result.invalid} row${result.invalid === 1 ? ' has' : 's have'} errors`,
        details: errors,
      });
    }
    const ids = await this.insert(userId, toInsert);
    for (const projectId of ids) this.events.emitPublished({ projectId, createdById: userId });
    return { ...result, inserted: ids.length };
  }

  private async checkRow(line: number, cells: string[], columns: ImportColumnDto[]): Promise<CheckedRow> {
    const errors: ImportErrorDto[] = [];
    const headerOf = new Map<ImportField, string>();
    const values = new Map<ImportField, string>();
    columns.forEach((c, i) => {
      if (!c.field) return;
      const field = c.field as ImportField;
      headerOf.set(field, c.header);
      values.set(field, unescapeFormula((cells[i] ?? '').trim()));
    });
    const column = (field: string) => headerOf.get(field as ImportField) ?? field;
    const add = (field: string, message: string) => errors.push({ row: line, field: column(field), message });

    const plain = toPlain(values, add);
    const rawId = values.get('id') ?? '';
    const id = rawId === '' ? null : rawId;
    if (id !== null && !UUID.test(id)) add('id', 'id must be a UUID (or empty for a new id)');

    const dto = plainToInstance(CreateProjectDto, plain);
    const problems = await validate(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
    });
    for (const p of flatten(problems)) add(fieldOfPath(p.path), p.message);
    if (!problems.length) {
      const max = dto.requirements?.teamRules?.maxMembers;
      const min = dto.requirements?.teamRules?.minSmeMembers ?? 0;
      if (max != null && max < min) add('maxMembers', `maxMembers must be at least minSmeMembers (${min})`);
      const codes = dto.requirements?.capabilities ?? [];
      const seen = new Set<string>();
      for (const c of codes) {
        if (seen.has(c.code)) add('capabilities', `duplicate capability "${c.code}"`);
        seen.add(c.code);
      }
      try {
        await assertAllCodes(this.taxonomy, [
          ['project_track', [{ field: 'track', code: dto.track }]],
          ['domain', (dto.sectors ?? []).map((code) => ({ field: 'sectors', code }))],
          ['financing_source', (dto.financing ?? []).map((code) => ({ field: 'financing', code }))],
          ['role', (dto.requirements?.roles ?? []).map((code) => ({ field: 'roles', code }))],
          ['capability', codes.map((c) => ({ field: 'capabilities', code: c.code }))],
        ]);
      } catch (e) {
        if (!(e instanceof BadRequestException)) throw e;
        const body = e.getResponse() as { details?: { field: string; message: string }[] };
        for (const d of body.details ?? []) add(d.field, d.message);
      }
    }
    return { line, id, dto: errors.length ? null : dto, plain, errors, duplicateOf: null };
  }

  /** Same id, or the same title (case-insensitive) in the same country: stored already, or earlier in the file. */
  private async markDuplicates(rows: CheckedRow[]): Promise<void> {
    const stored: { id: string; key: string }[] = await this.dataSource.query(
      `SELECT id, lower(title) || '|' || country_code AS key FROM projects`,
    );
    const byId = new Set(stored.map((s) => s.id));
    const byKey = new Map(stored.map((s) => [s.key, s.id]));
    const inFileId = new Map<string, number>();
    const inFileKey = new Map<string, number>();
    for (const r of rows) {
      if (r.errors.length) continue;
      const key = `${String(r.plain.title).trim().toLowerCase()}|${String(r.plain.countryCode).trim().toUpperCase()}`;
      if (r.id && byId.has(r.id.toLowerCase())) r.duplicateOf = r.id.toLowerCase();
      else if (byKey.has(key)) r.duplicateOf = byKey.get(key)!;
      else if (r.id && inFileId.has(r.id.toLowerCase()))
        r.duplicateOf = `row ${inFileId.get(r.id.toLowerCase())}`;
      else if (inFileKey.has(key)) r.duplicateOf = `row ${inFileKey.get(key)}`;
      if (r.duplicateOf) continue;
      if (r.id) inFileId.set(r.id.toLowerCase(), r.line);
      inFileKey.set(key, r.line);
    }
  }

  /** One transaction: every project and its requirement rows, or nothing. */
  private insert(userId: string, rows: CheckedRow[]): Promise<string[]> {
    return this.dataSource.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const { identifiers } = await tx.insert(
          Project,
          chunk.map((r) => ({
            status: 'announced' as const,
            ...toProjectFields(r.dto!),
            ...(r.id ? { id: r.id.toLowerCase() } : {}),
            createdById: userId,
          })),
        );
        const chunkIds = identifiers.map((x) => x.id as string);
        const requirements = chunk.flatMap((r, j) =>
          (r.dto!.requirements?.capabilities ?? []).map((c) => ({
            projectId: chunkIds[j],
            capabilityCode: c.code,
            weight: c.weight,
            mustHave: c.mustHave ?? false,
          })),
        );
        if (requirements.length) await tx.insert(ProjectRequirement, requirements);
        ids.push(...chunkIds);
      }
      return ids;
    });
  }
}

function parseMapping(json: string | undefined, headers: string[]): Map<string, ImportField | null> {
  const mapping = new Map<string, ImportField | null>();
  if (json === undefined || json.trim() === '') return mapping;
  const fail = (message: string): never => {
    throw new BadRequestException({
      message: 'Invalid column mapping',
      details: [{ field: 'mapping', message }],
    });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    fail('mapping must be a JSON object of column header → field');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail('mapping must be a JSON object of column header → field');
  }
  for (const [header, field] of Object.entries(parsed as Record<string, unknown>)) {
    if (!headers.includes(header)) fail(`the file has no column "${header.slice(0, 100)}"`);
    if (field !== null && !(IMPORT_FIELDS as readonly unknown[]).includes(field)) {
      fail(`unknown field ${JSON.stringify(field).slice(0, 100)} for column "${header.slice(0, 100)}"`);
    }
    mapping.set(header, field as ImportField | null);
  }
  return mapping;
}

function mapColumns(headers: string[], overrides: Map<string, ImportField | null>): ImportColumnDto[] {
  const columns = headers.map((header) => ({
    header,
    field: overrides.has(header)
      ? overrides.get(header)!
      : DERIVED_HEADERS.includes(header)
        ? null
        : detectField(header),
  }));
  const used = new Map<string, string>();
  for (const c of columns) {
    if (!c.field) continue;
    if (used.has(c.field)) {
      throw new BadRequestException({
        message: 'Invalid column mapping',
        details: [
          {
            field: 'mapping',
            message: `columns "${used.get(c.field)}" and "${c.header}" both map to ${c.field}`,
          },
        ],
      });
    }
    used.set(c.field, c.header);
  }
  for (const required of ['title', 'countryCode', 'track', 'sectors']) {
    if (!used.has(required)) {
      throw new BadRequestException({
        message: `No column is mapped to ${required}`,
        details: [{ field: 'mapping', message: `map a column to the required field ${required}` }],
      });
    }
  }
  return columns;
}

/** Our CSV export prefixes text that looks like a formula with ' (see projects-csv.ts); undo it. */
function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const list = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const TRUE = new Set(['true', 'yes', 'y', '1', '예', 'o']);
const FALSE = new Set(['false', 'no', 'n', '0', '아니오', 'x', '']);

/** Cell texts → the body POST /api/projects takes; unreadable cells are reported and left for validation. */
function toPlain(
  values: Map<ImportField, string>,
  add: (field: string, message: string) => void,
): Record<string, unknown> {
  const get = (f: ImportField) => values.get(f);
  const text = (f: ImportField) => {
    const v = get(f);
    return v === undefined ? undefined : v === '' ? null : v;
  };
  const plain: Record<string, unknown> = {
    title: get('title') ?? '',
    countryCode: get('countryCode') ?? '',
    track: get('track') ?? '',
    sectors: list(get('sectors') ?? ''),
  };
  for (const f of [
    'titleKo',
    'city',
    'program',
    'description',
    'client',
    'procurement',
    'period',
    'sourceNote',
  ] as const) {
    const v = text(f);
    if (v !== undefined) plain[f] = v;
  }
  const status = get('status');
  if (status) plain.status = status.trim().toLowerCase();
  if (get('financing') !== undefined) plain.financing = list(get('financing')!);

  const amount = get('budgetAmount');
  const currency = text('budgetCurrency');
  const budgetText = text('budgetText');
  if (amount !== undefined || currency !== undefined || budgetText !== undefined) {
    let parsedAmount: unknown = null;
    if (amount) {
      const n = Number(amount.replace(/[,\s]/g, ''));
      if (Number.isFinite(n)) parsedAmount = n;
      else add('budgetAmount', `"${amount.slice(0, 50)}" is not a number`);
    }
    plain.budget = { amount: parsedAmount, currency: currency ?? null, text: budgetText ?? null };
  }

  const deadline = get('submissionDeadline');
  if (deadline !== undefined) {
    const d = deadline.trim();
    plain.submissionDeadline = d === '' || /^(rolling|수시)$/i.test(d) ? null : d;
  }

  const requirements: Record<string, unknown> = {};
  const caps = get('capabilities');
  if (caps !== undefined) {
    requirements.capabilities = list(caps).map((entry) => {
      // code, code:weight, code:weight! (must-have)
      const m = /^([^:\s]+)\s*(?::\s*(\d+))?\s*(!)?$/.exec(entry);
      if (!m) {
        add('capabilities', `"${entry.slice(0, 50)}" is not code:weight (add ! for a must-have)`);
        return { code: entry, weight: 2 };
      }
      return { code: m[1], weight: m[2] ? Number(m[2]) : 2, mustHave: m[3] === '!' };
    });
  }
  if (get('roles') !== undefined) requirements.roles = list(get('roles')!);
  const rules: Record<string, unknown> = {};
  for (const f of ['minSmeMembers', 'maxMembers'] as const) {
    const v = get(f);
    if (v === undefined || v === '') continue;
    rules[f] = /^-?\d+$/.test(v) ? Number(v) : v;
  }
  for (const f of ['localPartnerRequired', 'leadCountryExperience'] as const) {
    const v = get(f);
    if (v === undefined) continue;
    const k = v.trim().toLowerCase();
    if (TRUE.has(k)) rules[f] = true;
    else if (FALSE.has(k)) rules[f] = false;
    else add(f, `"${v.slice(0, 20)}" is not yes or no`);
  }
  if (Object.keys(rules).length) requirements.teamRules = rules;
  if (Object.keys(requirements).length) plain.requirements = requirements;
  return plain;
}

function flatten(errors: ValidationError[], parent = ''): { path: string; message: string }[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** A DTO path (`requirements.capabilities.0.weight`, `budget.amount`) → the import field it came from. */
function fieldOfPath(path: string): string {
  if (path.startsWith('requirements.capabilities')) return 'capabilities';
  if (path.startsWith('requirements.roles')) return 'roles';
  if (path.startsWith('requirements.teamRules.')) return path.split('.')[2];
  if (path.startsWith('budget.'))
    return (
      { amount: 'budgetAmount', currency: 'budgetCurrency', text: 'budgetText' }[path.split('.')[1]] ??
      'budgetAmount'
    );
  return path.split('.')[0];
}
