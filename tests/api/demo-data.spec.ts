import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '@app/auth';
import { DEMO_ACCOUNTS, DEMO_PARTNER_ACCOUNTS, seedDemoData, SYNTHETIC_FIRM_COUNT } from '@app/demo-data';
import { Firm, FirmCapability, FirmTrackRecord } from '@app/firms';
import { Project, ProjectRequirement } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('demo data', () => {
  it('loads the real projects and organisations, the sample firms and the demo accounts once', async () => {
    const first = await seedDemoData(t.db);
    expect(first).toEqual({
      projects: 345,
      firms: 105 + SYNTHETIC_FIRM_COUNT,
      accounts: DEMO_ACCOUNTS.length + DEMO_PARTNER_ACCOUNTS.length,
    });
    expect(await t.db.manager.count(Project)).toBe(345);
    expect(await t.db.manager.countBy(Firm, { isSample: false })).toBe(105);
    expect(await t.db.manager.countBy(Firm, { isSample: true })).toBe(SYNTHETIC_FIRM_COUNT);

    const counts = {
      requirements: await t.db.manager.count(ProjectRequirement),
      capabilities: await t.db.manager.count(FirmCapability),
      records: await t.db.manager.count(FirmTrackRecord),
      users: await t.db.manager.count(User),
    };
    const second = await seedDemoData(t.db);
    expect(second).toEqual({ projects: 0, firms: 0, accounts: 0 });
    expect(await t.db.manager.count(ProjectRequirement)).toBe(counts.requirements);
    expect(await t.db.manager.count(FirmCapability)).toBe(counts.capabilities);
    expect(await t.db.manager.count(FirmTrackRecord)).toBe(counts.records);
    expect(await t.db.manager.count(User)).toBe(counts.users);
  });

  it('keeps the source of every real record and links the demo accounts to real firms', async () => {
    const kcity = await t.db.manager.findOneByOrFail(Project, {
      sourceRef: 'kcity-2022-kg-issyk-kul-smart-tourism',
    });
    expect(kcity).toMatchObject({
      countryCode: 'KG',
      program: 'K-City Network 2022',
      track: 'master_plan',
      localPartnerRequired: false,
    });
    expect(kcity.sourceNote).toBe('2022 K-City Network press release, line 49');
    const reqs = await t.db.manager.findBy(ProjectRequirement, { projectId: kcity.id });
    expect(
      reqs
        .filter((r) => r.mustHave)
        .map((r) => r.capabilityCode)
        .sort(),
    ).toEqual(['planning.master_plan', 'tourism_culture.smart_tourism']);

    const lh = await t.db.manager.findOneByOrFail(Firm, { sourceRef: 'lh' });
    expect(lh).toMatchObject({
      nameKo: '한국토지주택공사',
      size: 'public',
      verificationStatus: 'verified',
      ladderStage: 'C2',
      isSample: false,
    });
    expect(await t.db.manager.countBy(FirmTrackRecord, { firmId: lh.id, countryCode: 'KW' })).toBe(1);

    const admin = await t.db.manager.findOneByOrFail(User, { email: DEMO_ACCOUNTS[0].email });
    const firm = await t.db.manager.findOneByOrFail(Firm, { id: admin.firmId! });
    expect(firm.sourceRef).toBe('lg-cns');
  });

  it('can leave the synthetic population out', async () => {
    const other = await createTestApp();
    try {
      const result = await seedDemoData(other.db, { synthetic: false });
      expect(result.firms).toBe(105);
      expect(await other.db.manager.countBy(Firm, { isSample: true })).toBe(0);
    } finally {
      await other.close();
    }
  });
});
