import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { EmailOutbox } from '@app/mail';
import { SavedSearchAlertsService, SavedSearchMatch, weekStart } from '@app/saved-searches';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

let t: TestApp;
let staff: Actor;
let alice: Actor;
let bob: Actor;

interface Actor {
  token: string;
  id: string;
  email: string;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tag = () => randomUUID().slice(0, 8);

async function firmAdmin(): Promise<Actor> {
  const admin = await registerFirmAdmin(t);
  return { token: admin.accessToken, id: admin.user.id as string, email: admin.body.email };
}

async function signIn(role: 'staff'): Promise<Actor> {
  const email = `${role}-${tag()}@example.kr`;
  const user = await createUserAccount(t.db, {
    email,
    password: PASSWORD,
    name: 'Park Jiwoo',
    role,
    firmId: null,
  });
  const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { token: res.body.accessToken as string, id: user.id, email };
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn('staff');
  alice = await firmAdmin();
  bob = await firmAdmin();
});
afterAll(() => t?.close());

const save = (who: Actor, body: object) =>
  t.http.post('/api/saved-searches').set(bearer(who.token)).send(body);

async function createProject(fields: Record<string, unknown>) {
  const res = await t.http
    .post('/api/projects')
    .set(bearer(staff.token))
    .send({
      title: `Bus lanes ${tag()}`,
      countryCode: 'KG',
      track: 'solution_pilot',
      sectors: ['transport'],
      status: 'open',
      ...fields,
    })
    .expect(201);
  await t.app.get(SavedSearchAlertsService).settled();
  return res.body as { id: string; version: number; title: string };
}

const alertsOf = async (who: Actor) =>
  (
    await t.http.get('/api/notifications').set(bearer(who.token)).query({ limit: 100 }).expect(200)
  ).body.items.filter((n: { type: string }) => n.type === 'saved_search_match') as {
    data: { projectId: string; savedSearchId: string };
    link: string;
    title: { en: string };
  }[];

describe('saved searches: CRUD, own data only', () => {
  it('saves normalised filters, lists, renames and deletes; others see 404', async () => {
    const created = await save(alice, {
      name: '  Kyrgyz transport  ',
      kind: 'projects',
      filters: { country: 'kg', sector: 'transport', page: 3 },
      notify: 'in_app',
    }).expect(201);
    expect(created.body).toMatchObject({
      name: 'Kyrgyz transport',
      kind: 'projects',
      filters: { country: ['KG'], sector: ['transport'] },
      notify: 'in_app',
    });
    const id = created.body.id as string;
    const list = await t.http.get('/api/saved-searches').set(bearer(alice.token)).expect(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect((await t.http.get('/api/saved-searches').set(bearer(bob.token)).expect(200)).body.items).toEqual(
      [],
    );

    await t.http.patch(`/api/saved-searches/${id}`).set(bearer(bob.token)).send({ name: 'mine' }).expect(404);
    await t.http.delete(`/api/saved-searches/${id}`).set(bearer(bob.token)).expect(404);
    const renamed = await t.http
      .patch(`/api/saved-searches/${id}`)
      .set(bearer(alice.token))
      .send({ name: 'Bishkek', filters: { q: 'bus' } })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Bishkek', filters: { q: 'bus' }, notify: 'in_app' });
    await t.http.delete(`/api/saved-searches/${id}`).set(bearer(alice.token)).expect(204);
    await t.http.delete(`/api/saved-searches/${id}`).set(bearer(alice.token)).expect(404);
  });

  it('checks filters with the list route DTOs and names the field', async () => {
    const bad = await save(alice, {
      name: 'x',
      kind: 'projects',
      filters: { status: ['opened'] },
      notify: 'none',
    }).expect(400);
    expect(bad.body.details[0].field).toBe('filters.status');
    const unknown = await save(alice, {
      name: 'x',
      kind: 'projects',
      filters: { colour: 'red' },
      notify: 'none',
    }).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'filters.colour', message: 'unknown filter colour' }]);
    const firmBad = await save(alice, {
      name: 'x',
      kind: 'firms',
      filters: { size: ['huge'] },
      notify: 'none',
    }).expect(400);
    expect(firmBad.body.details[0].field).toBe('filters.size');
    const firmAlert = await save(alice, { name: 'x', kind: 'firms', filters: {}, notify: 'in_app' }).expect(
      400,
    );
    expect(firmAlert.body.details[0].field).toBe('notify');
    const firmOk = await save(alice, {
      name: 'SMEs',
      kind: 'firms',
      filters: { size: 'sme' },
      notify: 'none',
    }).expect(201);
    expect(firmOk.body.filters).toEqual({ size: ['sme'] });
    await t.http
      .patch(`/api/saved-searches/${firmOk.body.id}`)
      .set(bearer(alice.token))
      .send({ kind: 'projects' })
      .expect(400);
    await save(alice, { name: '', kind: 'nope', filters: 'x', notify: 'sms' }).expect(400);
    const nulls = await t.http
      .patch(`/api/saved-searches/${firmOk.body.id}`)
      .set(bearer(alice.token))
      .send({ name: null, notify: null })
      .expect(400);
    expect(nulls.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['name', 'notify']);
  });
});

describe('saved searches: alerts', () => {
  it('a new project matching notifies once, a change that makes one match notifies, non-matching stays quiet', async () => {
    const k = tag();
    const inApp = await save(alice, {
      name: `KG ${k}`,
      kind: 'projects',
      filters: { country: ['KG'], q: k },
      notify: 'in_app',
    }).expect(201);
    const mail = await save(bob, {
      name: `UZ ${k}`,
      kind: 'projects',
      filters: { country: ['UZ'], q: k },
      notify: 'email_immediate',
    }).expect(201);

    const p = await createProject({ title: `Bus lanes ${k}` });
    const alerts = (await alertsOf(alice)).filter((n) => n.data.savedSearchId === inApp.body.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ link: `/projects/${p.id}`, data: { projectId: p.id } });
    expect((await alertsOf(bob)).filter((n) => n.data.savedSearchId === mail.body.id)).toEqual([]);
    const aliceMails = await t.db.manager.findBy(EmailOutbox, { toAddress: alice.email });
    expect(aliceMails.filter((e) => e.subject.includes(k))).toEqual([]); // in-app only

    // The project moves to Uzbekistan: Bob's search now matches (with e-mail), Alice's is not repeated.
    await t.http
      .patch(`/api/projects/${p.id}`)
      .set(bearer(staff.token))
      .send({ version: p.version, countryCode: 'UZ' })
      .expect(200);
    await t.app.get(SavedSearchAlertsService).settled();
    expect((await alertsOf(bob)).filter((n) => n.data.savedSearchId === mail.body.id)).toHaveLength(1);
    const bobMails = await t.db.manager.findBy(EmailOutbox, { toAddress: bob.email });
    expect(bobMails.filter((e) => e.subject.includes(k))).toHaveLength(1);

    // A further change notifies nobody again.
    const current = await t.http.get(`/api/projects/${p.id}`).set(bearer(staff.token)).expect(200);
    await t.http
      .patch(`/api/projects/${p.id}`)
      .set(bearer(staff.token))
      .send({ version: current.body.version, city: 'Tashkent' })
      .expect(200);
    await t.app.get(SavedSearchAlertsService).settled();
    expect((await alertsOf(bob)).filter((n) => n.data.savedSearchId === mail.body.id)).toHaveLength(1);
    expect((await alertsOf(alice)).filter((n) => n.data.savedSearchId === inApp.body.id)).toHaveLength(1);
  });

  it('weekly digest: each match in one e-mail exactly once, also with concurrent runs', async () => {
    const k = tag();
    const weekly = await save(alice, {
      name: `Weekly ${k}`,
      kind: 'projects',
      filters: { q: k },
      notify: 'email_weekly',
    }).expect(201);
    const p1 = await createProject({ title: `Metro ${k} one` });
    const p2 = await createProject({ title: `Metro ${k} two` });
    expect(await t.db.manager.countBy(SavedSearchMatch, { savedSearchId: weekly.body.id })).toBe(2);
    // Found last week: due in this week's digest.
    await t.db.manager.query(`UPDATE saved_search_matches SET matched_at = $2 WHERE saved_search_id = $1`, [
      weekly.body.id,
      new Date(weekStart(new Date()).getTime() - 86_400_000),
    ]);
    const alerts = t.app.get(SavedSearchAlertsService);
    await Promise.all([alerts.sendWeeklyDigests(), alerts.sendWeeklyDigests(), alerts.sendWeeklyDigests()]);
    await alerts.sendWeeklyDigests();
    const digests = (await t.db.manager.findBy(EmailOutbox, { toAddress: alice.email })).filter((e) =>
      e.subject.includes('Saved searches'),
    );
    const text = digests.map((d) => d.textBody).join('\n');
    expect(text.split(p1.id).length - 1).toBe(2); // once in Korean, once in English
    expect(text.split(p2.id).length - 1).toBe(2);
    // The immediate notification still came in-app.
    expect((await alertsOf(alice)).filter((n) => n.data.savedSearchId === weekly.body.id)).toHaveLength(2);
  });
});
