import { describe, expect, it } from 'vitest';
import { readSizes, writeSizes } from './params';
import { leadFirstOrder, partRows, strengthShade } from './score';

describe('matching helpers', () => {
  it('lists the six parts in order with their maxima (total 100)', () => {
    const rows = partRows({
      capabilities: 21.4,
      mustHaves: 15,
      roles: 10,
      experience: 7.5,
      sector: 1.7,
      ladder: 4.1,
    });
    expect(rows.map((r) => [r.part, r.points, r.max])).toEqual([
      ['capabilities', 21.4, 50],
      ['mustHaves', 15, 15],
      ['roles', 10, 10],
      ['experience', 7.5, 15],
      ['sector', 1.7, 5],
      ['ladder', 4.1, 5],
    ]);
    expect(rows.reduce((sum, r) => sum + r.max, 0)).toBe(100);
  });

  it('shades strengths', () => {
    expect(strengthShade(0).background).toBeUndefined();
    expect(strengthShade(1).background).toContain('teal-7');
    expect(strengthShade(0.67).background).toContain('teal-4');
  });

  it('puts the lead first', () => {
    expect(leadFirstOrder([{ isLead: false }, { isLead: true }, { isLead: false }])).toEqual([1, 0, 2]);
  });

  it('reads and writes the size filter in the URL, keeping other parameters', () => {
    const params = new URLSearchParams('firmSize=startup&firmSize=bogus&firmSize=sme&tab=x');
    expect(readSizes(params)).toEqual(['sme', 'startup']);
    expect(writeSizes(params, ['large']).toString()).toBe('tab=x&firmSize=large');
  });
});
