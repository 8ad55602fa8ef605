import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './dashboard-csv';

describe('dashboard CSV', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises formula-like text and formats other values', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+82 2')).toBe("'+82 2");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01T00:00:00.000Z');
  });

  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv([['name', (r: { n: string }) => r.n]], [{ n: '스마트' }])).toBe('\uFEFFname\r\n스마트\r\n');
  });
});
