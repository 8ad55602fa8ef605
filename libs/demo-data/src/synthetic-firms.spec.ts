import { describe, expect, it } from 'vitest';
import { readTaxonomySource } from '@app/taxonomy';
import { syntheticFirms, SYNTHETIC_FIRM_COUNT } from './synthetic-firms';

describe('synthetic sample firms', () => {
  const firms = syntheticFirms();

  it('is deterministic: the same population on every run', () => {
    expect(syntheticFirms()).toEqual(firms);
    expect(firms).toHaveLength(SYNTHETIC_FIRM_COUNT);
  });

  it('labels every firm as sample data with unique names and refs', () => {
    expect(new Set(firms.map((f) => f.name)).size).toBe(firms.length);
    expect(new Set(firms.map((f) => f.sourceRef)).size).toBe(firms.length);
    for (const f of firms) {
      expect(f.isSample).toBe(true);
      expect(f.name).toMatch(/\(sample\)$/);
      expect(f.nameKo).toMatch(/\(샘플\)$/);
      expect(f.description).toMatch(/^Sample data, not a real company/);
    }
  });

  it('is mostly SMEs and startups, with some mid-sized firms and local partners', () => {
    const count = (pred: (f: (typeof firms)[number]) => boolean) => firms.filter(pred).length;
    expect(count((f) => f.size === 'sme' || f.size === 'startup') / firms.length).toBeGreaterThan(0.7);
    expect(count((f) => f.size === 'mid')).toBeGreaterThan(20);
    expect(count((f) => f.homeCountry !== 'KR' && f.roles.includes('local_partner'))).toBeGreaterThan(20);
  });

  it('uses only taxonomy codes and skews capabilities towards the demand domains', () => {
    const taxonomy = readTaxonomySource();
    const codes = new Set(taxonomy.domains.flatMap((d) => d.capabilities.map((c) => c.code)));
    const perDomain = new Map<string, number>();
    for (const f of firms) {
      expect(f.capabilities.length).toBeGreaterThanOrEqual(1);
      for (const c of f.capabilities) {
        expect(codes.has(c.code)).toBe(true);
        expect(c.level).toBeGreaterThanOrEqual(1);
        expect(c.level).toBeLessThanOrEqual(3);
        const domain = c.code.split('.')[0];
        perDomain.set(domain, (perDomain.get(domain) ?? 0) + 1);
      }
    }
    expect(perDomain.get('transport')!).toBeGreaterThan(perDomain.get('education') ?? 0);
    expect(perDomain.size).toBe(taxonomy.domains.length);
  });
});
