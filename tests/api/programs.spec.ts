import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firm } from '@app/firms';
import { SupportProgram } from '@app/programs';
import { createUserAccount } from '@app/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

let t: TestApp;
let staffToken: string;
beforeAll(async () => {
  t = await createTestApp();
  await createUserAccount(t.db, {
    email: 'staff-programs@example.kr',
    password: PASSWORD,
    name: 'Choi',
    role: 'staff',
  });
  staffToken = (
    await t.http
      .post('/api/auth/login')
      .send({ email: 'staff-programs@example.kr', password: PASSWORD })
      .expect(200)
  ).body.accessToken;
});
afterAll(() => t?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
type Program = { id: string; name: string; ladderStages: string[]; sectors: string[] };
const ids = (items: Program[]) => items.map((p) => p.id);

/** The expected answer, straight from the table the sync filled. */
async function programsAt(stage: string): Promise<string[]> {
  const rows = await t.db.manager.find(SupportProgram, { order: { name: 'ASC', id: 'ASC' } });
  return rows.filter((p) => p.ladderStages.includes(stage)).map((p) => p.id);
}

async function firmAt(stage: string | null) {
  const admin = await registerFirmAdmin(t);
  const id = admin.user.firm.id as string;
  if (stage)
    await t.http
      .patch(`/api/firms/${id}`)
      .set(bearer(admin.accessToken))
      .send({ ladderStage: stage })
      .expect(200);
  return { id, token: admin.accessToken };
}

describe('GET /api/support-programs', () => {
  it('answers 401 without a token', async () => {
    await t.http.get('/api/support-programs').expect(401);
  });

  it('lists every program ordered by name, with the full shape', async () => {
    const { token } = await firmAt(null);
    const res = await t.http.get('/api/support-programs').set(bearer(token)).expect(200);
    expect(res.body.length).toBe(await t.db.manager.count(SupportProgram));
    expect(res.body.length).toBeGreaterThan(10);
    const ordered = await t.db.manager.find(SupportProgram, { order: { name: 'ASC', id: 'ASC' } });
    expect(ids(res.body)).toEqual(ordered.map((p) => p.id));
    expect(res.body.find((p: Program) => p.id === 'kcity-network-planning')).toEqual({
      id: 'kcity-network-planning',
      name: expect.any(String),
      nameKo: expect.any(String),
      agency: expect.any(String),
      kind: expect.any(String),
      ladderStages: ['A3', 'A4', 'B1'],
      sectors: ['planning'],
      description: expect.any(String),
      eligibility: expect.any(String),
      sourceNote: expect.any(String),
    });
  });

  it('filters by ladder stage and sector', async () => {
    const { token } = await firmAt(null);
    const b1 = await t.http
      .get('/api/support-programs')
      .set(bearer(token))
      .query({ ladderStage: 'B1' })
      .expect(200);
    expect(b1.body.every((p: Program) => p.ladderStages.includes('B1'))).toBe(true);
    expect(ids(b1.body)).toEqual(await programsAt('B1'));
    const c4 = await t.http
      .get('/api/support-programs')
      .set(bearer(token))
      .query({ ladderStage: 'c4' })
      .expect(200);
    expect(ids(c4.body)).toEqual(await programsAt('C4'));

    const planning = await t.http
      .get('/api/support-programs')
      .set(bearer(staffToken))
      .query({ sector: 'planning' })
      .expect(200);
    expect(planning.body.length).toBeGreaterThan(0);
    expect(planning.body.every((p: Program) => p.sectors.includes('planning'))).toBe(true);
    const both = await t.http
      .get('/api/support-programs')
      .set(bearer(token))
      .query({ sector: 'planning', ladderStage: 'C1' })
      .expect(200);
    expect(ids(both.body)).toEqual(ids(planning.body.filter((p: Program) => p.ladderStages.includes('C1'))));
    expect(ids(both.body)).toContain('kind-equity');

    const badStage = await t.http
      .get('/api/support-programs')
      .set(bearer(token))
      .query({ ladderStage: 'Z9' })
      .expect(400);
    expect(badStage.body.details[0].field).toBe('ladderStage');
    const badSector = await t.http
      .get('/api/support-programs')
      .set(bearer(token))
      .query({ sector: 'space' })
      .expect(400);
    expect(badSector.body.details).toEqual([{ field: 'sector', message: expect.stringContaining('space') }]);
    await t.http.get('/api/support-programs').set(bearer(token)).query({ page: 2 }).expect(400);
  });
});

describe('GET /api/firms/:id/support-programs', () => {
  it('answers 401 without a token and 404 for a firm the caller may not see', async () => {
    const a = await firmAt('A4');
    const b = await firmAt(null);
    await t.http.get(`/api/firms/${a.id}/support-programs`).expect(401);
    await t.http.get(`/api/firms/${a.id}/support-programs`).set(bearer(b.token)).expect(404); // a is pending
    await t.http
      .get(`/api/firms/00000000-0000-4000-8000-000000000000/support-programs`)
      .set(bearer(staffToken))
      .expect(404);
    await t.http.get(`/api/firms/not-a-uuid/support-programs`).set(bearer(staffToken)).expect(400);
    await t.http.get(`/api/firms/${a.id}/support-programs`).set(bearer(staffToken)).expect(200);
    await t.db.manager.update(Firm, { id: a.id }, { verificationStatus: 'verified' });
    await t.http.get(`/api/firms/${a.id}/support-programs`).set(bearer(b.token)).expect(200);
  });

  it('gives an A4 firm its current programs and the B1 programs that help it climb', async () => {
    const a = await firmAt('A4');
    const res = await t.http.get(`/api/firms/${a.id}/support-programs`).set(bearer(a.token)).expect(200);
    expect(res.body).toMatchObject({ stage: 'A4', nextStage: 'B1' });
    expect(res.body.current.length).toBeGreaterThan(0);
    expect(res.body.next.length).toBeGreaterThan(0);
    expect(ids(res.body.current)).toEqual(await programsAt('A4'));
    expect(ids(res.body.next)).toEqual(await programsAt('B1'));
    expect(ids(res.body.next)).toContain('kcity-network-pilot');
    expect(ids(res.body.current)).not.toContain('kcity-network-pilot');
  });

  it('has no next stage at C4, and nothing to suggest while the stage is unset', async () => {
    const top = await firmAt('C4');
    const c4 = await t.http.get(`/api/firms/${top.id}/support-programs`).set(bearer(top.token)).expect(200);
    expect(c4.body).toMatchObject({ stage: 'C4', nextStage: null, next: [] });
    expect(ids(c4.body.current)).toEqual(await programsAt('C4'));
    expect(c4.body.current.length).toBeGreaterThan(0);

    const unset = await firmAt(null);
    const none = await t.http
      .get(`/api/firms/${unset.id}/support-programs`)
      .set(bearer(unset.token))
      .expect(200);
    expect(none.body).toEqual({ stage: null, nextStage: null, current: [], next: [] });
  });
});
