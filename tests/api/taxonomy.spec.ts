import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTaxonomySource, syncTaxonomy, TaxonomyService, Capability } from '@app/taxonomy';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /api/taxonomy', () => {
  it('serves every domain, capability and term with Korean and English labels, without sign-in', async () => {
    const source = readTaxonomySource();
    const res = await t.http.get('/api/taxonomy').expect(200);
    expect(res.body.domains).toHaveLength(source.domains.length);
    const capabilities = res.body.domains.flatMap((d: { capabilities: unknown[] }) => d.capabilities);
    expect(capabilities).toHaveLength(source.domains.reduce((n, d) => n + d.capabilities.length, 0));
    expect(capabilities).toContainEqual({
      code: 'transport.its',
      domain: 'transport',
      en: 'Intelligent transport systems (ITS)',
      ko: '지능형교통체계(ITS)',
    });
    expect(res.body.roles.map((r: { code: string }) => r.code)).toEqual(source.roles.map((r) => r.code));
    expect(res.body.ladderStages[0]).toEqual({
      code: 'A1',
      stage: 1,
      en: 'Market exploration',
      ko: '시장 탐색',
    });
    expect(res.body.ladderStages).toHaveLength(12);
    for (const key of ['firmSizes', 'firmTypes', 'projectTracks', 'financingSources'])
      expect(res.body[key].length).toBeGreaterThan(2);
  });

  it('keeps codes stable while labels change on the next sync', async () => {
    const source = readTaxonomySource();
    source.domains[1].capabilities[0].en = 'ITS (renamed)';
    await syncTaxonomy(t.db.manager, source);
    t.app.get(TaxonomyService).invalidate();
    const res = await t.http.get('/api/taxonomy').expect(200);
    const its = res.body.domains[1].capabilities[0];
    expect(its).toMatchObject({ code: 'transport.its', en: 'ITS (renamed)' });
    expect(await t.db.manager.count(Capability)).toBe(61);
  });
});
