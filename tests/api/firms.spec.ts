import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { loadDemoFirms } from '@app/demo-data';
import { Firm, FirmCapability } from '@app/firms';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin, registration } from '../support/factories';

let t: TestApp;
let staff: { token: string; id: string };
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn('staff', null);
});
afterAll(() => t?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tag = () => randomUUID().slice(0, 8);

/** A user of the given role created directly in the database, then signed in. */
async function signIn(role: 'staff' | 'firm_member', firmId: string | null) {
  const email = `${role}-${tag()}@example.kr`;
  const user = await createUserAccount(t.db, { email, password: PASSWORD, name: 'Park Jisoo', role, firmId });
  const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { token: res.body.accessToken as string, id: user.id };
}

/** A pending firm with its admin; `member` adds a plain firm_member of the same firm. */
async function firmWithAdmin(firm: Record<string, unknown> = {}) {
  const base = registration();
  const admin = await registerFirmAdmin(t, { firm: { ...base.firm, ...firm } });
  return { id: admin.user.firm.id as string, token: admin.accessToken, name: admin.body.firm.name };
}

const verifyInDb = (id: string) => t.db.manager.update(Firm, { id }, { verificationStatus: 'verified' });

describe('GET /api/firms/:id', () => {
  it('answers 401 without a token', async () => {
    const a = await firmWithAdmin();
    await t.http.get(`/api/firms/${a.id}`).expect(401);
  });

  it('shows a pending firm to its members and staff only, and a verified one to everyone', async () => {
    const a = await firmWithAdmin();
    const b = await firmWithAdmin();
    const member = await signIn('firm_member', a.id);
    const own = await t.http.get(`/api/firms/${a.id}`).set(bearer(a.token)).expect(200);
    expect(own.body).toMatchObject({
      id: a.id,
      name: a.name,
      verificationStatus: 'pending',
      verifiedAt: null,
      isSample: false,
      targetCountries: [],
      roles: [],
      capabilities: [],
      solutions: [],
      trackRecords: [],
    });
    await t.http.get(`/api/firms/${a.id}`).set(bearer(member.token)).expect(200);
    await t.http.get(`/api/firms/${a.id}`).set(bearer(staff.token)).expect(200);
    const hidden = await t.http.get(`/api/firms/${a.id}`).set(bearer(b.token)).expect(404);
    expect(hidden.body.message).toBe('Firm not found');

    await verifyInDb(a.id);
    await t.http.get(`/api/firms/${a.id}`).set(bearer(b.token)).expect(200);
    await t.http.get(`/api/firms/${randomUUID()}`).set(bearer(staff.token)).expect(404);
  });

  it('returns the capabilities, solutions and track records with the profile', async () => {
    const a = await firmWithAdmin();
    await t.http
      .put(`/api/firms/${a.id}/capabilities`)
      .set(bearer(a.token))
      .send({
        capabilities: [
          { code: 'transport.its', level: 2 },
          { code: 'data.data_platform', level: 3, note: 'own platform' },
        ],
      })
      .expect(200);
    await t.http
      .post(`/api/firms/${a.id}/solutions`)
      .set(bearer(a.token))
      .send({ name: 'Signal brain', maturity: 'commercial' })
      .expect(201);
    await t.http
      .post(`/api/firms/${a.id}/track-records`)
      .set(bearer(a.token))
      .send({
        countryCode: 'vn',
        projectTitle: 'Hanoi ITS',
        year: 2021,
        contractValue: { amount: 1250000.5, currency: 'USD' },
      })
      .expect(201);
    const res = await t.http.get(`/api/firms/${a.id}`).set(bearer(a.token)).expect(200);
    expect(res.body.capabilities).toEqual([
      { code: 'data.data_platform', level: 3, note: 'own platform' },
      { code: 'transport.its', level: 2, note: null },
    ]);
    expect(res.body.solutions).toEqual([
      expect.objectContaining({ name: 'Signal brain', maturity: 'commercial', referenceSites: [] }),
    ]);
    expect(res.body.trackRecords).toEqual([
      expect.objectContaining({
        countryCode: 'VN',
        projectTitle: 'Hanoi ITS',
        contractValue: { amount: 1250000.5, currency: 'USD' },
      }),
    ]);
  });
});

describe('PATCH /api/firms/:id', () => {
  const change = {
    description: 'Adaptive traffic signals for mid-sized cities',
    website: 'https://signals.example.kr',
  };

  it('answers 401, and 403 for another firm’s admin, a plain member and staff', async () => {
    const a = await firmWithAdmin();
    const b = await firmWithAdmin();
    await verifyInDb(a.id);
    const member = await signIn('firm_member', a.id);
    await t.http.patch(`/api/firms/${a.id}`).send(change).expect(401);
    const other = await t.http.patch(`/api/firms/${a.id}`).set(bearer(b.token)).send(change).expect(403);
    expect(other.body.message).toMatch(/your own firm/);
    await t.http.patch(`/api/firms/${a.id}`).set(bearer(member.token)).send(change).expect(403);
    await t.http.patch(`/api/firms/${a.id}`).set(bearer(staff.token)).send(change).expect(403);
    expect((await t.db.manager.findOneByOrFail(Firm, { id: a.id })).description).toBeNull();
  });

  it('lets the firm admin edit the profile and clear optional fields', async () => {
    const a = await firmWithAdmin();
    const res = await t.http
      .patch(`/api/firms/${a.id}`)
      .set(bearer(a.token))
      .send({
        ...change,
        name: 'Signal Works',
        nameKo: '시그널웍스',
        size: 'startup',
        homeCountry: 'kr',
        employeesBand: '10-49',
        foundedYear: 2015,
        ladderStage: 'A3',
        targetCountries: ['vn', 'ID'],
        roles: ['solution_provider', 'system_integration'],
      })
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'Signal Works',
      nameKo: '시그널웍스',
      size: 'startup',
      homeCountry: 'KR',
      employeesBand: '10-49',
      foundedYear: 2015,
      ladderStage: 'A3',
      targetCountries: ['VN', 'ID'],
      roles: ['solution_provider', 'system_integration'],
      ...change,
    });
    const cleared = await t.http
      .patch(`/api/firms/${a.id}`)
      .set(bearer(a.token))
      .send({ website: null, ladderStage: null })
      .expect(200);
    expect(cleared.body).toMatchObject({
      website: null,
      ladderStage: null,
      name: 'Signal Works',
      description: change.description,
    });
  });

  it('refuses verification fields (400 naming the field) and leaves the firm unchanged', async () => {
    const a = await firmWithAdmin();
    for (const field of ['verificationStatus', 'verificationReason', 'isSample', 'sourceRef']) {
      const value = field === 'isSample' ? true : 'verified';
      const res = await t.http
        .patch(`/api/firms/${a.id}`)
        .set(bearer(a.token))
        .send({ description: 'x', [field]: value })
        .expect(400);
      expect(res.body.details).toContainEqual({ field, message: `unknown field ${field}` });
    }
    const stored = await t.db.manager.findOneByOrFail(Firm, { id: a.id });
    expect(stored).toMatchObject({
      verificationStatus: 'pending',
      isSample: false,
      sourceRef: null,
      description: null,
    });
  });

  it('validates every field, including taxonomy codes', async () => {
    const a = await firmWithAdmin();
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await t.http.patch(`/api/firms/${a.id}`).set(bearer(a.token)).send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ website: 'ftp://files.example.kr' }, 'website');
    await bad({ website: 'javascript:alert(1)' }, 'website');
    await bad({ foundedYear: new Date().getFullYear() + 1 }, 'foundedYear');
    await bad({ foundedYear: 1799 }, 'foundedYear');
    await bad({ employeesBand: '5000+' }, 'employeesBand');
    await bad({ ladderStage: 'D1' }, 'ladderStage');
    await bad({ targetCountries: ['VN', 'vn'] }, 'targetCountries');
    await bad(
      { targetCountries: Array.from({ length: 31 }, (_, i) => `A${String.fromCharCode(65 + (i % 26))}`) },
      'targetCountries',
    );
    await bad({ targetCountries: ['Vietnam'] }, 'targetCountries');
    await bad({ roles: ['lead', 'astronaut'] }, 'roles[1]');
    await bad({ name: null }, 'name');
    await bad({ description: 'x'.repeat(5001) }, 'description');
    await t.http
      .patch(`/api/firms/${a.id}`)
      .set(bearer(a.token))
      .send({ foundedYear: new Date().getFullYear() })
      .expect(200);
  });
});

describe('PUT /api/firms/:id/capabilities', () => {
  const set = [
    { code: 'energy.smart_grid', level: 3 },
    { code: 'energy.solar', level: 1, note: 'rooftop PV' },
  ];

  it('answers 401, and 403 for another firm’s admin, a plain member and staff', async () => {
    const a = await firmWithAdmin();
    const b = await firmWithAdmin();
    const member = await signIn('firm_member', a.id);
    const url = `/api/firms/${a.id}/capabilities`;
    await t.http.put(url).send({ capabilities: set }).expect(401);
    await t.http.put(url).set(bearer(b.token)).send({ capabilities: set }).expect(403);
    await t.http.put(url).set(bearer(member.token)).send({ capabilities: set }).expect(403);
    await t.http.put(url).set(bearer(staff.token)).send({ capabilities: set }).expect(403);
    expect(await t.db.manager.countBy(FirmCapability, { firmId: a.id })).toBe(0);
  });

  it('replaces the whole set', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/capabilities`;
    const first = await t.http.put(url).set(bearer(a.token)).send({ capabilities: set }).expect(200);
    expect(first.body).toEqual([
      { code: 'energy.smart_grid', level: 3, note: null },
      { code: 'energy.solar', level: 1, note: 'rooftop PV' },
    ]);
    const second = await t.http
      .put(url)
      .set(bearer(a.token))
      .send({
        capabilities: [
          { code: 'energy.solar', level: 2 },
          { code: 'safety.cctv_analytics', level: 1 },
        ],
      })
      .expect(200);
    expect(second.body.map((c: { code: string }) => c.code)).toEqual([
      'energy.solar',
      'safety.cctv_analytics',
    ]);
    const rows = await t.db.manager.find(FirmCapability, {
      where: { firmId: a.id },
      order: { capabilityCode: 'ASC' },
    });
    expect(rows.map((r) => [r.capabilityCode, r.level])).toEqual([
      ['energy.solar', 2],
      ['safety.cctv_analytics', 1],
    ]);
    await t.http.put(url).set(bearer(a.token)).send({ capabilities: [] }).expect(200, []);
    expect(await t.db.manager.countBy(FirmCapability, { firmId: a.id })).toBe(0);
  });

  it('refuses unknown codes (naming them), duplicates and bad levels, leaving the previous set untouched', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/capabilities`;
    await t.http.put(url).set(bearer(a.token)).send({ capabilities: set }).expect(200);
    const unknown = await t.http
      .put(url)
      .set(bearer(a.token))
      .send({
        capabilities: [
          { code: 'transport.its', level: 1 },
          { code: 'energy.solar', level: 2 },
          { code: 'energy.cold_fusion', level: 3 },
        ],
      })
      .expect(400);
    expect(unknown.body.details).toEqual([
      { field: 'capabilities[2].code', message: expect.stringContaining('energy.cold_fusion') },
    ]);
    const dup = await t.http
      .put(url)
      .set(bearer(a.token))
      .send({
        capabilities: [
          { code: 'transport.its', level: 1 },
          { code: 'transport.its', level: 2 },
        ],
      })
      .expect(400);
    expect(dup.body.details[0].field).toBe('capabilities[1].code');
    await t.http
      .put(url)
      .set(bearer(a.token))
      .send({ capabilities: [{ code: 'transport.its', level: 4 }] })
      .expect(400);
    await t.http
      .put(url)
      .set(bearer(a.token))
      .send({ capabilities: [{ code: 'transport.its', level: 1, note: 'x'.repeat(501) }] })
      .expect(400);
    await t.http.put(url).set(bearer(a.token)).send({ capabilities: 'transport.its' }).expect(400);
    const rows = await t.db.manager.find(FirmCapability, {
      where: { firmId: a.id },
      order: { capabilityCode: 'ASC' },
    });
    expect(rows.map((r) => [r.capabilityCode, r.level])).toEqual([
      ['energy.smart_grid', 3],
      ['energy.solar', 1],
    ]);
  });
});

describe('solutions', () => {
  const solution = {
    name: 'Adaptive signal controller',
    description: 'Cuts intersection delay',
    capabilityCodes: ['transport.traffic_signal', 'transport.its'],
    maturity: 'pilot-proven',
    certifications: ['ISO 9001'],
    referenceSites: [{ country: 'vn', city: 'Hanoi', year: 2022 }, { country: 'ID' }],
  };

  it('creates, lists, updates and deletes a solution of the own firm', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/solutions`;
    const created = await t.http.post(url).set(bearer(a.token)).send(solution).expect(201);
    expect(created.body).toMatchObject({
      ...solution,
      firmId: a.id,
      referenceSites: [
        { country: 'VN', city: 'Hanoi', year: 2022 },
        { country: 'ID', city: null, year: null },
      ],
    });
    const id = created.body.id;
    const member = await signIn('firm_member', a.id);
    const listed = await t.http.get(url).set(bearer(member.token)).expect(200);
    expect(listed.body.map((s: { id: string }) => s.id)).toEqual([id]);

    const patched = await t.http
      .patch(`${url}/${id}`)
      .set(bearer(a.token))
      .send({ maturity: 'commercial', description: null, certifications: [] })
      .expect(200);
    expect(patched.body).toMatchObject({
      name: solution.name,
      maturity: 'commercial',
      description: null,
      certifications: [],
      capabilityCodes: solution.capabilityCodes,
    });

    await t.http.delete(`${url}/${id}`).set(bearer(a.token)).expect(204);
    await t.http.get(url).set(bearer(a.token)).expect(200, []);
    await t.http.delete(`${url}/${id}`).set(bearer(a.token)).expect(404);
  });

  it('answers 401/403 for writes by others, 404 for another firm’s solution, and follows firm visibility for reads', async () => {
    const a = await firmWithAdmin();
    const b = await firmWithAdmin();
    const member = await signIn('firm_member', a.id);
    const url = `/api/firms/${a.id}/solutions`;
    const mine = (await t.http.post(url).set(bearer(a.token)).send(solution).expect(201)).body.id;
    const theirs = (
      await t.http.post(`/api/firms/${b.id}/solutions`).set(bearer(b.token)).send(solution).expect(201)
    ).body.id;

    await t.http.get(url).expect(401);
    await t.http.post(url).send(solution).expect(401);
    await t.http.post(url).set(bearer(b.token)).send(solution).expect(403);
    await t.http.post(url).set(bearer(member.token)).send(solution).expect(403);
    await t.http.post(url).set(bearer(staff.token)).send(solution).expect(403);
    await t.http.patch(`${url}/${mine}`).set(bearer(b.token)).send({ name: 'Hijacked' }).expect(403);
    await t.http.delete(`${url}/${mine}`).set(bearer(member.token)).expect(403);
    await t.http.patch(`${url}/${mine}`).send({ name: 'Hijacked' }).expect(401);

    // B's solution addressed through A's firm: not A's, so 404, and it stays untouched.
    await t.http.patch(`${url}/${theirs}`).set(bearer(a.token)).send({ name: 'Hijacked' }).expect(404);
    await t.http.delete(`${url}/${theirs}`).set(bearer(a.token)).expect(404);
    const bList = await t.http.get(`/api/firms/${b.id}/solutions`).set(bearer(b.token)).expect(200);
    expect(bList.body).toEqual([expect.objectContaining({ id: theirs, name: solution.name })]);

    await t.http.get(url).set(bearer(b.token)).expect(404); // A is pending
    await t.http.get(url).set(bearer(staff.token)).expect(200);
    await verifyInDb(a.id);
    await t.http.get(url).set(bearer(b.token)).expect(200);
  });

  it('validates the body and taxonomy codes', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/solutions`;
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await t.http
        .post(url)
        .set(bearer(a.token))
        .send({ ...solution, ...body })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ capabilityCodes: ['transport.its', 'transport.teleport'] }, 'capabilityCodes[1]');
    await bad({ maturity: 'prototype' }, 'maturity');
    await bad({ name: 'x' }, 'name');
    await bad({ certifications: Array.from({ length: 21 }, (_, i) => `C${i}`) }, 'certifications');
    await bad({ referenceSites: [{ country: 'Vietnam' }] }, 'referenceSites.0.country');
    await bad({ referenceSites: [{ country: 'VN', year: 1949 }] }, 'referenceSites.0.year');
    await bad({ firmId: randomUUID() }, 'firmId');
    const id = (await t.http.post(url).set(bearer(a.token)).send(solution).expect(201)).body.id;
    await t.http.patch(`${url}/${id}`).set(bearer(a.token)).send({ name: null }).expect(400);
    await t.http.patch(`${url}/not-a-uuid`).set(bearer(a.token)).send({ name: 'Valid name' }).expect(400);
  });
});

describe('track records', () => {
  const record = {
    countryCode: 'KH',
    city: 'Phnom Penh',
    projectTitle: 'Smart traffic centre',
    year: 2020,
    role: 'system_integration',
    contractValue: { amount: 3400000.25, currency: 'usd' },
    financingSource: 'oda_grant',
  };

  it('creates, lists, updates and deletes, returning amounts as numbers', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/track-records`;
    const created = await t.http.post(url).set(bearer(a.token)).send(record).expect(201);
    expect(created.body).toMatchObject({
      ...record,
      firmId: a.id,
      contractValue: { amount: 3400000.25, currency: 'USD' },
    });
    const id = created.body.id;
    const listed = await t.http.get(url).set(bearer(a.token)).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id, contractValue: { amount: 3400000.25, currency: 'USD' } }),
    ]);

    const big = await t.http
      .patch(`${url}/${id}`)
      .set(bearer(a.token))
      .send({ contractValue: { amount: 1e15, currency: 'KRW' }, city: null })
      .expect(200);
    expect(big.body).toMatchObject({
      contractValue: { amount: 1e15, currency: 'KRW' },
      city: null,
      projectTitle: record.projectTitle,
    });
    const cleared = await t.http
      .patch(`${url}/${id}`)
      .set(bearer(a.token))
      .send({ contractValue: null, financingSource: null })
      .expect(200);
    expect(cleared.body).toMatchObject({
      contractValue: null,
      financingSource: null,
      role: 'system_integration',
    });

    await t.http.delete(`${url}/${id}`).set(bearer(a.token)).expect(204);
    await t.http.get(url).set(bearer(a.token)).expect(200, []);
  });

  it('answers 401/403 for writes by others and 404 for another firm’s record', async () => {
    const a = await firmWithAdmin();
    const b = await firmWithAdmin();
    const member = await signIn('firm_member', a.id);
    const url = `/api/firms/${a.id}/track-records`;
    const mine = (await t.http.post(url).set(bearer(a.token)).send(record).expect(201)).body.id;
    const theirs = (
      await t.http.post(`/api/firms/${b.id}/track-records`).set(bearer(b.token)).send(record).expect(201)
    ).body.id;
    await t.http.get(url).expect(401);
    await t.http.post(url).send(record).expect(401);
    await t.http.post(url).set(bearer(b.token)).send(record).expect(403);
    await t.http.post(url).set(bearer(member.token)).send(record).expect(403);
    await t.http.post(url).set(bearer(staff.token)).send(record).expect(403);
    await t.http.patch(`${url}/${mine}`).set(bearer(staff.token)).send({ year: 2019 }).expect(403);
    await t.http.delete(`${url}/${mine}`).set(bearer(b.token)).expect(403);
    await t.http.patch(`${url}/${theirs}`).set(bearer(a.token)).send({ year: 2019 }).expect(404);
    await t.http.delete(`${url}/${theirs}`).set(bearer(a.token)).expect(404);
    await t.http.get(url).set(bearer(b.token)).expect(404);
    await t.http.get(url).set(bearer(member.token)).expect(200);
    const bList = await t.http.get(`/api/firms/${b.id}/track-records`).set(bearer(b.token)).expect(200);
    expect(bList.body).toEqual([expect.objectContaining({ id: theirs, year: 2020 })]);
  });

  it('validates the body and taxonomy codes', async () => {
    const a = await firmWithAdmin();
    const url = `/api/firms/${a.id}/track-records`;
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await t.http
        .post(url)
        .set(bearer(a.token))
        .send({ ...record, ...body })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ countryCode: 'KHM' }, 'countryCode');
    await bad({ projectTitle: 'x' }, 'projectTitle');
    await bad({ year: new Date().getFullYear() + 2 }, 'year');
    await bad({ year: 1949 }, 'year');
    await bad({ role: 'astronaut' }, 'role');
    await bad({ financingSource: 'lottery' }, 'financingSource');
    await bad({ contractValue: { amount: -1, currency: 'USD' } }, 'contractValue.amount');
    await bad({ contractValue: { amount: 1e16, currency: 'USD' } }, 'contractValue.amount');
    await bad({ contractValue: { amount: '100', currency: 'USD' } }, 'contractValue.amount');
    await bad({ contractValue: { amount: 100, currency: 'US' } }, 'contractValue.currency');
    await t.http
      .post(url)
      .set(bearer(a.token))
      .send({ ...record, year: new Date().getFullYear() + 1 })
      .expect(201);
  });
});

describe('POST /api/firms/:id/verification', () => {
  it('records when and by whom, and is refused to firm admins', async () => {
    const a = await firmWithAdmin();
    await t.http
      .post(`/api/firms/${a.id}/verification`)
      .set(bearer(a.token))
      .send({ decision: 'verified' })
      .expect(403);
    const before = Date.now();
    const res = await t.http
      .post(`/api/firms/${a.id}/verification`)
      .set(bearer(staff.token))
      .send({ decision: 'verified' })
      .expect(200);
    expect(res.body).toMatchObject({ id: a.id, verificationStatus: 'verified', verifiedById: staff.id });
    expect(new Date(res.body.verifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('GET /api/firms (directory)', () => {
  const list = (token: string, query: Record<string, unknown>) =>
    t.http.get('/api/firms').set(bearer(token)).query(query);
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((i) => i.name);

  it('answers 401 without a token', async () => {
    await t.http.get('/api/firms').expect(401);
  });

  it('hides pending firms from firm users; staff see them and filter the verification queue', async () => {
    const k = tag();
    const pending = await firmWithAdmin({ name: `Queue ${k} pending` });
    const verified = await firmWithAdmin({ name: `Queue ${k} verified` });
    await verifyInDb(verified.id);

    const forFirm = await list(pending.token, { q: k }).expect(200);
    expect(names(forFirm)).toEqual([`Queue ${k} verified`]);
    expect(forFirm.body.total).toBe(1);
    const refused = await list(pending.token, { status: 'pending' }).expect(403);
    expect(refused.body.message).toMatch(/staff/);
    await list(pending.token, { status: 'verified', q: k }).expect(200);

    const all = await list(staff.token, { q: k }).expect(200);
    expect(names(all)).toEqual([`Queue ${k} pending`, `Queue ${k} verified`]);
    const queue = await list(staff.token, { status: 'pending' }).expect(200);
    expect(
      queue.body.items.every((i: { verificationStatus: string }) => i.verificationStatus === 'pending'),
    ).toBe(true);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(pending.id);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(verified.id);
    await list(staff.token, { status: 'approved' }).expect(400);
  });

  it('searches English words of the description and Korean substrings of the Korean name', async () => {
    const k = tag();
    const a = await firmWithAdmin({ name: `Search ${k}`, nameKo: `한빛스마트교통${k}연구소` });
    await t.http
      .patch(`/api/firms/${a.id}`)
      .set(bearer(a.token))
      .send({ description: `Lidar sensors for quasar${k} intersections` })
      .expect(200);
    await verifyInDb(a.id);
    const other = await firmWithAdmin({ name: `Other ${k}` });

    const ids = async (q: string) =>
      (await list(other.token, { q }).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await ids(`quasar${k}`)).toEqual([a.id]);
    // Both words, in another order than in the text: only the full-text path matches this.
    expect(await ids(`intersections quasar${k}`)).toEqual([a.id]);
    expect(await ids(`스마트교통${k}`)).toEqual([a.id]);
    expect(await ids(`${k}연구`)).toEqual([a.id]);
    // % and _ are literal characters, not wildcards.
    expect(await ids(`스마트%${k}`)).toEqual([]);
    expect(await ids(`Sea_ch ${k}`)).toEqual([]); // would match "Search <k>" as a wildcard
  });

  it('filters by capabilities (all of them), country, size, type and ladder stage', async () => {
    const k = tag();
    const both = await firmWithAdmin({ name: `Filter ${k} both`, size: 'startup', homeCountry: 'KR' });
    const one = await firmWithAdmin({
      name: `Filter ${k} one`,
      size: 'sme',
      type: 'planning_development',
      homeCountry: 'VN',
    });
    await t.http
      .put(`/api/firms/${both.id}/capabilities`)
      .set(bearer(both.token))
      .send({
        capabilities: [
          { code: 'transport.its', level: 1 },
          { code: 'energy.solar', level: 2 },
        ],
      })
      .expect(200);
    await t.http
      .put(`/api/firms/${one.id}/capabilities`)
      .set(bearer(one.token))
      .send({ capabilities: [{ code: 'transport.its', level: 3 }] })
      .expect(200);
    await t.http
      .post(`/api/firms/${both.id}/track-records`)
      .set(bearer(both.token))
      .send({ countryCode: 'UZ', projectTitle: 'Tashkent ITS' })
      .expect(201);
    await t.http.patch(`/api/firms/${one.id}`).set(bearer(one.token)).send({ ladderStage: 'B2' }).expect(200);
    const q = { q: `Filter ${k}` };

    expect(names(await list(staff.token, { ...q, capability: 'transport.its' }).expect(200))).toEqual([
      `Filter ${k} both`,
      `Filter ${k} one`,
    ]);
    expect(
      names(await list(staff.token, { ...q, capability: ['transport.its', 'energy.solar'] }).expect(200)),
    ).toEqual([`Filter ${k} both`]);
    expect(
      names(await list(staff.token, { ...q, capability: ['energy.solar', 'energy.smart_grid'] }).expect(200)),
    ).toEqual([]);
    const unknown = await list(staff.token, { capability: ['transport.its', 'transport.warp'] }).expect(400);
    expect(unknown.body.details[0].field).toBe('capability[1]');

    expect(names(await list(staff.token, { ...q, country: 'uz' }).expect(200))).toEqual([`Filter ${k} both`]);
    expect(names(await list(staff.token, { ...q, country: 'VN' }).expect(200))).toEqual([`Filter ${k} one`]);
    expect(names(await list(staff.token, { ...q, country: ['UZ', 'VN'] }).expect(200))).toHaveLength(2);
    expect(names(await list(staff.token, { ...q, size: 'startup' }).expect(200))).toEqual([
      `Filter ${k} both`,
    ]);
    expect(names(await list(staff.token, { ...q, size: ['startup', 'sme'] }).expect(200))).toHaveLength(2);
    expect(names(await list(staff.token, { ...q, type: 'planning_development' }).expect(200))).toEqual([
      `Filter ${k} one`,
    ]);
    expect(names(await list(staff.token, { ...q, ladderStage: 'B2' }).expect(200))).toEqual([
      `Filter ${k} one`,
    ]);
    await list(staff.token, { size: 'huge' }).expect(400);
    await list(staff.token, { country: 'Korea' }).expect(400);
    await list(staff.token, { ladderStage: 'Z9' }).expect(400);
    await list(staff.token, { sample: 'maybe' }).expect(400);

    const item = (await list(staff.token, { ...q, capability: 'energy.solar' }).expect(200)).body.items[0];
    expect(item).toEqual({
      id: both.id,
      name: `Filter ${k} both`,
      nameKo: '스마트도시랩',
      size: 'startup',
      type: 'service_solution',
      homeCountry: 'KR',
      ladderStage: null,
      verificationStatus: 'pending',
      isSample: false,
      onPlatform: true, // registered firm: its admin signed up
      capabilityCount: 2,
      topCapabilities: ['energy.solar', 'transport.its'],
      trackRecordCountries: ['UZ'],
    });
  });

  it('bounds the page size and pages in a stable order without duplicates', async () => {
    await list(staff.token, { limit: 0 }).expect(400);
    await list(staff.token, { limit: 101 }).expect(400);
    await list(staff.token, { page: 0 }).expect(400);
    await list(staff.token, { limit: 'ten' }).expect(400);

    const k = tag();
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await firmWithAdmin({ name: `Same name ${k}` })).id);
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const res = await list(staff.token, { q: `Same name ${k}`, page, limit: 2 }).expect(200);
      expect(res.body).toMatchObject({ total: 5, page, limit: 2 });
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
    }
    expect(seen).toEqual([...created].sort()); // equal names: ordered by id
    const beyond = await list(staff.token, { q: `Same name ${k}`, page: 4, limit: 2 }).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: 5 });
  });
});

describe('directory with the real and synthetic demo firms', () => {
  beforeAll(async () => {
    await loadDemoFirms(t.db.manager, { synthetic: true });
  });

  it('sample=false hides every synthetic firm, sample=true shows only them', async () => {
    const samples = await t.db.manager.countBy(Firm, { isSample: true });
    const real = await t.db.manager.countBy(Firm, { isSample: false });
    expect(samples).toBeGreaterThan(100);
    const hidden = await t.http
      .get('/api/firms')
      .set(bearer(staff.token))
      .query({ sample: false, limit: 100 })
      .expect(200);
    expect(hidden.body.total).toBe(real);
    expect(hidden.body.items.some((i: { isSample: boolean }) => i.isSample)).toBe(false);
    const only = await t.http
      .get('/api/firms')
      .set(bearer(staff.token))
      .query({ sample: true, limit: 100 })
      .expect(200);
    expect(only.body.total).toBe(samples);
    expect(only.body.items.every((i: { isSample: boolean }) => i.isSample)).toBe(true);
  });

  it('finds LG CNS for q=LG, with its capabilities and track-record countries', async () => {
    const user = await firmWithAdmin();
    const res = await t.http
      .get('/api/firms')
      .set(bearer(user.token))
      .query({ q: 'LG', sample: false })
      .expect(200);
    const lg = res.body.items.find((i: { name: string }) => i.name === 'LG CNS');
    expect(lg).toMatchObject({ verificationStatus: 'verified', isSample: false });
    expect(lg.capabilityCount).toBeGreaterThan(0);
    expect(lg.topCapabilities.length).toBeLessThanOrEqual(5);
    const profile = await t.http.get(`/api/firms/${lg.id}`).set(bearer(user.token)).expect(200);
    expect(profile.body.capabilities).toHaveLength(lg.capabilityCount);
    expect(lg.trackRecordCountries).toEqual(
      [...new Set(profile.body.trackRecords.map((r: { countryCode: string }) => r.countryCode))].sort(),
    );
  });
});
