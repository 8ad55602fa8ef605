import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'xlsx';

export interface ParsedSheet {
  format: ImportFormat;
  headers: string[];
  /** Data rows (no header), each cell as text; `line` is the row number a spreadsheet shows (header = 1). */
  rows: { line: number; cells: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** XLSX is a zip (PK\3\4); everything else is read as UTF-8 CSV (a BOM is dropped). */
export function detectFormat(buffer: Buffer, filename: string): ImportFormat {
  if (ZIP_MAGIC.every((b, i) => buffer[i] === b)) return 'xlsx';
  if (/\.xlsx$/i.test(filename)) {
    throw new BadRequestException({
      message: 'The file is named .xlsx but is not an Excel workbook',
      details: [{ field: 'file', message: 'not a valid .xlsx file' }],
    });
  }
  return 'csv';
}

export async function parseSheet(buffer: Buffer, filename: string, maxRows: number): Promise<ParsedSheet> {
  const format = detectFormat(buffer, filename);
  const table = format === 'xlsx' ? await readXlsx(buffer) : readCsv(buffer);
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === '')) {
    throw new BadRequestException({
      message: 'The file is empty',
      details: [{ field: 'file', message: 'the first row must name the columns' }],
    });
  }
  const rows = body
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length > maxRows) {
    throw new BadRequestException({
      message: `Too many rows: at most ${maxRows} projects per file`,
      details: [{ field: 'file', message: `the file has ${rows.length} data rows; the limit is ${maxRows}` }],
    });
  }
  return { format, headers: header.map((h) => h.trim()), rows };
}

function readCsv(buffer: Buffer): string[][] {
  try {
    const rows: string[][] = parse(buffer, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Files saved by Excel in some locales use ';' as the separator.
      delimiter: sniffDelimiter(buffer),
    });
    return rows;
  } catch (e) {
    throw new BadRequestException({
      message: 'The CSV file could not be read',
      details: [{ field: 'file', message: e instanceof Error ? e.message : 'invalid CSV' }],
    });
  }
}

function sniffDelimiter(buffer: Buffer): string {
  const firstLine = buffer.subarray(0, 4096).toString('utf8').split(/\r?\n/)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new BadRequestException({
      message: 'The Excel file could not be read',
      details: [{ field: 'file', message: 'not a valid .xlsx workbook' }],
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

/** Excel cell values (numbers, dates, rich text, formulas, links) as the text a CSV would carry. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((p) => p.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}
