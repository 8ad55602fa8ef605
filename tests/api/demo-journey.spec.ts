import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNER_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The demo as a new user meets it (full demo data, sample firms included): the suggested teams for the
 * open projects contain firms that can answer, and DSPOne (the SME demo account) is in a suggested team.
 * Every number comes from the real matching API; nothing is constructed by the test.
 */
let t: TestApp;
let token: string;
let lead: string;
let dspone: string;
let open: Project[];

interface Member {
  firmId: string;
  isLead: boolean;
  onPlatform: boolean;
}
const suggestions = async (projectId: string, extra = '') =>
  (
    await t.http
      .get(`/api/projects/${projectId}/consortium-suggestions?leadFirmId=${lead}${extra}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
  ).body.teams as { members: Member[] }[];

beforeAll(async () => {
  t = await createTestApp({ SWEEP_INTERVAL_MS: '0' }, { beforeInit: (db) => seedDemoData(db) });
  const res = await t.http
    .post('/api/auth/login')
    .send({ email: 'large@demo.consortium-match.kr', password: DEMO_PASSWORD })
    .expect(200);
  token = res.body.accessToken;
  lead = res.body.user.firm.id;
  dspone = (await t.db.manager.findOneByOrFail(Firm, { sourceRef: 'dspone' })).id;
  open = await t.db.manager.find(Project, { where: { status: 'open' }, order: { sourceRef: 'ASC' } });
}, 300_000);
afterAll(() => t?.close());

describe('the demo journey', () => {
  it('every demo partner account signs in as the admin of its firm', async () => {
    expect(DEMO_PARTNER_ACCOUNTS.length).toBeGreaterThanOrEqual(10);
    for (const a of DEMO_PARTNER_ACCOUNTS.slice(0, 3)) {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: a.email, password: a.password })
        .expect(200);
      expect(res.body.user).toMatchObject({ role: 'firm_admin', firm: { verificationStatus: 'verified' } });
    }
  });

  it('for most open projects a suggested team mixes a partner that can answer with one to invite by e-mail', async () => {
    expect(open.length).toBeGreaterThan(20);
    let mixed = 0;
    for (const p of open) {
      const teams = await suggestions(p.id);
      const partners = (team: { members: Member[] }) => team.members.filter((m) => !m.isLead);
      if (
        teams.some(
          (team) => partners(team).some((m) => m.onPlatform) && partners(team).some((m) => !m.onPlatform),
        )
      )
        mixed++;
    }
    // 28 of the 32 open demo projects when this was written.
    expect(mixed / open.length).toBeGreaterThanOrEqual(0.8);
  }, 300_000);

  it('DSPOne is in a suggested team of firms that can answer now for at least one open project', async () => {
    const withDspone: string[] = [];
    for (const p of open) {
      const teams = await suggestions(p.id, '&onPlatform=true');
      for (const team of teams) expect(team.members.every((m) => m.onPlatform)).toBe(true);
      if (teams.some((team) => team.members.some((m) => m.firmId === dspone))) withDspone.push(p.sourceRef!);
    }
    expect(withDspone.length).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
