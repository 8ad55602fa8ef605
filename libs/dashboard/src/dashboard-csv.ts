/** Byte order mark: without it Excel reads UTF-8 CSV in the local code page and garbles Korean. */
const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | Date | null;
export type CsvColumns<T> = [header: string, value: (row: T) => CsvValue][];

/** RFC 4180 quoting; text that starts like a formula (= + - @, tab, CR) gets a leading ' so spreadsheets show it instead of running it. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return value.toISOString();
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: CsvColumns<T>, rows: T[]): string {
  const lines = [
    columns.map(([h]) => h).join(','),
    ...rows.map((r) => columns.map(([, v]) => csvCell(v(r))).join(',')),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}
