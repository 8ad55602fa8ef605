import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount, User } from '@app/auth';
import { FirmClaim, FirmClaimEvent } from '@app/claims';
import { ConsortiumEvent } from '@app/consortia';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { EmailOutbox } from '@app/mail';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, refreshCookie, setCookies } from '../support/factories';

interface Session {
  token: string;
  userId: string;
  firmId: string | null;
}

let t: TestApp;
let large: Session; // LG CNS admin
let sme: Session; // DSPOne admin
let third: Session; // IVS Tech admin (created here)
let fourth: Session; // J-SYS admin (created here)
let staff: Session;
let staff2: Session;
let unclaimed: string; // K-water: verified, no user at all

const PLATFORM = 'governance.smart_city_platform';
const METERING = 'energy.smart_metering';
const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const as = (s: Session) => ({
  get: (path: string) => t.http.get(path).set(bearer(s)),
  post: (path: string, body: object = {}) => t.http.post(path).set(bearer(s)).send(body),
});

async function login(email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return { token: res.body.accessToken, userId: res.body.user.id, firmId: res.body.user.firm?.id ?? null };
}
async function account(role: 'firm_admin' | 'staff', firmId: string | null): Promise<Session> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.kr`;
  await createUserAccount(t.db, { email, password: PASSWORD, name: `Test ${role}`, role, firmId });
  return login(email, PASSWORD);
}
const firmId = async (ref: string) => (await t.db.manager.findOneByOrFail(Firm, { sourceRef: ref })).id;

async function newProject(): Promise<string> {
  const res = await as(staff)
    .post('/api/projects', {
      title: `Smart metering pilot ${randomUUID().slice(0, 6)}`,
      countryCode: 'VN',
      track: 'solution_pilot',
      sectors: ['energy', 'governance'],
      status: 'open',
      submissionDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      requirements: {
        capabilities: [
          { code: PLATFORM, weight: 3, mustHave: true },
          { code: METERING, weight: 2, mustHave: true },
        ],
        roles: ['lead', 'solution_provider'],
        teamRules: { minSmeMembers: 1, maxMembers: 5 },
      },
    })
    .expect(201);
  return res.body.id;
}

/** The claim token from the newest outbox e-mail to `to`. */
async function claimTokenSentTo(to: string): Promise<string> {
  const mail = await t.db.manager.findOneOrFail(EmailOutbox, {
    where: { toAddress: to },
    order: { createdAt: 'DESC' },
  });
  const match = /\/claim\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody);
  if (!match) throw new Error(`no claim link in ${mail.textBody}`);
  return decodeURIComponent(match[1]);
}

async function signUp(token: string, name = 'Lee Sujin') {
  const res = await t.http.post('/api/claims').send({ token, name, password: PASSWORD });
  return res;
}

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');
  staff2 = await account('staff', null);
  third = await account('firm_admin', await firmId('ivs-tech'));
  fourth = await account('firm_admin', await firmId('j-sys'));
  unclaimed = await firmId('k-water');
  await t.db.manager.update(Firm, { id: unclaimed }, { website: 'https://www.kwater.example' });
}, 120_000);
afterAll(() => t?.close());

describe('firms on the platform', () => {
  it('the directory says which firms can answer and filters on it', async () => {
    const on = await as(large).get('/api/firms?onPlatform=true&limit=100').expect(200);
    expect(on.body.items.length).toBeGreaterThan(0);
    expect(on.body.items.every((f: any) => f.onPlatform === true)).toBe(true);
    expect(on.body.items.map((f: any) => f.id)).toEqual(expect.arrayContaining([large.firmId, sme.firmId]));
    const off = await as(large).get('/api/firms?onPlatform=false&limit=100').expect(200);
    expect(off.body.items.every((f: any) => f.onPlatform === false)).toBe(true);
    expect(off.body.items.map((f: any) => f.id)).toContain(unclaimed);
    expect(on.body.total + off.body.total).toBe(
      (await as(large).get('/api/firms?limit=1').expect(200)).body.total,
    );
    expect((await as(large).get(`/api/firms/${unclaimed}`).expect(200)).body.onPlatform).toBe(false);
    expect((await as(large).get(`/api/firms/${sme.firmId}`).expect(200)).body.onPlatform).toBe(true);
    await as(large).get('/api/firms?onPlatform=maybe').expect(400);
  });

  it('suggestions flag each member and ?onPlatform=true keeps only firms that can answer', async () => {
    const projectId = await newProject();
    const all = await as(large)
      .get(`/api/projects/${projectId}/consortium-suggestions?leadFirmId=${large.firmId}`)
      .expect(200);
    const members = all.body.teams.flatMap((team: any) => team.members);
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(typeof m.onPlatform).toBe('boolean');
    const onlyOn = await as(large)
      .get(`/api/projects/${projectId}/consortium-suggestions?leadFirmId=${large.firmId}&onPlatform=true`)
      .expect(200);
    const onMembers = onlyOn.body.teams.flatMap((team: any) => team.members);
    expect(onMembers.length).toBeGreaterThan(0);
    expect(onMembers.every((m: any) => m.onPlatform)).toBe(true);
  });
});

describe('claiming a firm profile through a consortium invitation', () => {
  it('invite by e-mail → sign up through the link → staff approve → the invitation is in the new admin’s inbox', async () => {
    const projectId = await newProject();
    // No contact e-mail for a firm without admin: field-level 400; a contact e-mail for a firm on the platform: 400.
    const missing = await as(large)
      .post('/api/consortia', { projectId, members: [{ firmId: unclaimed, role: 'solution_provider' }] })
      .expect(400);
    expect(missing.body.details).toEqual([expect.objectContaining({ field: 'members[0].contactEmail' })]);
    const needless = await as(large)
      .post('/api/consortia', {
        projectId,
        members: [{ firmId: sme.firmId, role: 'solution_provider', contactEmail: 'x@example.kr' }],
      })
      .expect(400);
    expect(needless.body.details).toEqual([expect.objectContaining({ field: 'members[0].contactEmail' })]);
    await as(large)
      .post('/api/consortia', {
        projectId,
        members: [{ firmId: unclaimed, role: 'solution_provider', contactEmail: 'not-an-email' }],
      })
      .expect(400);

    const contact = `ops-${randomUUID().slice(0, 6)}@kwater.example`;
    const created = await as(large)
      .post('/api/consortia', {
        projectId,
        members: [
          { firmId: sme.firmId, role: 'solution_provider' },
          { firmId: unclaimed, role: 'solution_provider', contactEmail: contact.toUpperCase() },
        ],
      })
      .expect(201);
    const seat = created.body.members.find((m: any) => m.firm.id === unclaimed);
    expect(seat).toMatchObject({ status: 'invited', firm: { onPlatform: false } });
    expect(created.body.members.find((m: any) => m.firm.id === sme.firmId).firm.onPlatform).toBe(true);
    expect(
      await t.db.manager.countBy(ConsortiumEvent, {
        consortiumId: created.body.id,
        type: 'claim_invite_sent',
      }),
    ).toBe(1);

    const token = await claimTokenSentTo(contact);
    const preview = await t.http.post('/api/claims/invitation').send({ token }).expect(200);
    expect(preview.body).toMatchObject({
      email: contact,
      firm: { id: unclaimed },
      leadFirmName: 'LG CNS',
    });
    const bad = await t.http
      .post('/api/claims/invitation')
      .send({ token: 'x'.repeat(43) })
      .expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'token' })]);
    await t.http.post('/api/claims').send({ token, name: 'Lee', password: 'short' }).expect(400);

    const signed = await signUp(token);
    expect(signed.status).toBe(201);
    expect(signed.body.user).toMatchObject({ email: contact, role: 'claimant', firm: null });
    const claimant: Session = { token: signed.body.accessToken, userId: signed.body.user.id, firmId: null };
    // The link works once.
    expect((await signUp(token, 'Someone else')).status).toBe(400);
    const mine = await as(claimant).get('/api/claims/mine').expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ status: 'pending', firm: expect.objectContaining({ id: unclaimed }) }),
    ]);
    await as(claimant).get('/api/invitations').expect(403);
    await as(claimant).get('/api/claims').expect(403);

    const queue = await as(staff).get('/api/claims').expect(200);
    const item = queue.body.items.find((c: any) => c.id === mine.body.items[0].id);
    expect(item).toMatchObject({
      status: 'pending',
      emailDomainMatches: true,
      emailDomain: 'kwater.example',
      websiteHost: 'kwater.example',
      invitedByName: 'Park Jiho',
      consortiumId: created.body.id,
      claimant: { id: claimant.userId, email: contact },
    });
    await as(staff).post(`/api/claims/${item.id}/decision`, { decision: 'rejected' }).expect(400);
    await as(staff).post(`/api/claims/${randomUUID()}/decision`, { decision: 'approved' }).expect(404);

    // Two staff approve at once: one 200, one 409.
    const answers = await Promise.all([
      as(staff).post(`/api/claims/${item.id}/decision`, { decision: 'approved', reason: 'Called the firm' }),
      as(staff2).post(`/api/claims/${item.id}/decision`, { decision: 'approved' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const admins = await t.db.manager.findBy(User, { firmId: unclaimed, role: 'firm_admin' });
    expect(admins.map((u) => u.id)).toEqual([claimant.userId]);

    // A refreshed session carries the new role; the pending invitation is in the firm's inbox and can be accepted.
    const refreshed = await t.http
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookie(setCookies(signed)))
      .expect(200);
    expect(refreshed.body.user).toMatchObject({ role: 'firm_admin', firm: { id: unclaimed } });
    const admin: Session = { token: refreshed.body.accessToken, userId: claimant.userId, firmId: unclaimed };
    const inbox = await as(admin).get('/api/invitations').expect(200);
    expect(inbox.body.items.map((i: any) => i.id)).toContain(seat.id);
    await as(admin).post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`).expect(200);
    expect((await as(large).get(`/api/firms/${unclaimed}`).expect(200)).body.onPlatform).toBe(true);

    const events = await t.db.manager.find(FirmClaimEvent, {
      where: { firmId: unclaimed },
      order: { createdAt: 'ASC' },
    });
    expect(events.map((e) => e.type)).toEqual(['invite_sent', 'claim_requested', 'claim_approved']);
    // The audit trail is append-only.
    await expect(
      t.db.query(`UPDATE firm_claim_events SET type = 'x' WHERE id = $1`, [events[0].id]),
    ).rejects.toThrow(/append-only/);
  });

  it('concurrent claims for one firm end with one admin; later links and invitations cannot take it over', async () => {
    const firm = await firmId('datastreams');
    const leads = [large, sme, third];
    const contacts: string[] = [];
    const seats: string[] = [];
    for (const lead of leads) {
      const projectId = await newProject();
      const contact = `c-${randomUUID().slice(0, 6)}@other.example`;
      const res = await as(lead)
        .post('/api/consortia', {
          projectId,
          members: [{ firmId: firm, role: 'solution_provider', contactEmail: contact }],
        })
        .expect(201);
      contacts.push(contact);
      seats.push(res.body.members.find((m: any) => m.firm.id === firm).id);
    }
    // A fourth invitation e-mail to the same firm within a day: 429 on contactEmail.
    const limited = await as(fourth)
      .post('/api/consortia', {
        projectId: await newProject(),
        members: [{ firmId: firm, role: 'solution_provider', contactEmail: 'd@other.example' }],
      })
      .expect(429);
    expect(limited.body.details).toEqual([expect.objectContaining({ field: 'contactEmail' })]);

    const a = await signUp(await claimTokenSentTo(contacts[0]), 'Claimant A');
    const b = await signUp(await claimTokenSentTo(contacts[1]), 'Claimant B');
    expect([a.status, b.status]).toEqual([201, 201]);
    const claims = await t.db.manager.findBy(FirmClaim, { firmId: firm });
    expect(claims).toHaveLength(2);
    expect(claims.every((c) => c.emailDomainMatches === false)).toBe(true);
    const decisions = await Promise.all(
      claims.map((c, i) =>
        as(i ? staff2 : staff).post(`/api/claims/${c.id}/decision`, { decision: 'approved' }),
      ),
    );
    expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    expect(await t.db.manager.countBy(User, { firmId: firm, role: 'firm_admin' })).toBe(1);
    const after = await t.db.manager.findBy(FirmClaim, { firmId: firm });
    expect(after.map((c) => c.status).sort()).toEqual(['approved', 'rejected']);
    expect(after.find((c) => c.status === 'rejected')!.reason).toMatch(/another claim/i);

    // The third link (sent before the firm was claimed) no longer works for a takeover.
    const late = await signUp(await claimTokenSentTo(contacts[2]), 'Claimant C');
    expect(late.status).toBe(409);
    expect(await t.db.manager.countBy(User, { email: contacts[2] })).toBe(0);
    // Nor can a lead send a new claim link to a claimed firm.
    const again = await as(fourth)
      .post('/api/consortia', {
        projectId: await newProject(),
        members: [{ firmId: firm, role: 'solution_provider', contactEmail: 'e@other.example' }],
      })
      .expect(400);
    expect(again.body.details).toEqual([expect.objectContaining({ field: 'members[0].contactEmail' })]);
    const types = (await t.db.manager.findBy(FirmClaimEvent, { firmId: firm })).map((e) => e.type).sort();
    expect(types).toEqual([
      'claim_approved',
      'claim_requested',
      'claim_requested',
      'claim_superseded',
      'invite_sent',
      'invite_sent',
      'invite_sent',
    ]);
    expect(seats).toHaveLength(3);
  });
});
