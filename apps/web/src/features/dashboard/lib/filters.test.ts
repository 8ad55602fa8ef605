import { describe, expect, it } from 'vitest';
import { parseFilters, toApiQuery, withFilters } from './filters';
import { conversion, formatDays, formatPercent } from './format';

describe('dashboard filters', () => {
  it('reads programs (many) and a valid year from the URL', () => {
    expect(parseFilters(new URLSearchParams('program=A&program=B&program=A&year=2025'))).toEqual({
      programs: ['A', 'B'],
      year: 2025,
    });
    expect(parseFilters(new URLSearchParams('year=soon'))).toEqual({ programs: [], year: null });
    expect(parseFilters(new URLSearchParams('year=1999'))).toEqual({ programs: [], year: null });
  });

  it('writes them back, keeping other parameters, and leaves unset filters out of the API query', () => {
    const next = withFilters(new URLSearchParams('tab=x&year=2024'), {
      programs: ['K-City Network 2022', 'EDCF'],
      year: null,
    });
    expect(next.toString()).toBe('tab=x&program=K-City+Network+2022&program=EDCF');
    expect(toApiQuery({ programs: [], year: null })).toEqual({});
    expect(toApiQuery({ programs: ['EDCF'], year: 2025 })).toEqual({ program: ['EDCF'], year: 2025 });
  });
});

describe('dashboard formats', () => {
  it('formats shares, days and conversions for the language', () => {
    expect(formatPercent(0.4545, 'en')).toBe('45.5%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatDays(4, 'en')).toBe('4 days');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(4.5, 'ko')).toBe('4.5일');
    expect(conversion(3, 4)).toBe(0.75);
    expect(conversion(0, 0)).toBeNull();
  });
});
