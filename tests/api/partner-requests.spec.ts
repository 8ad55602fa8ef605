import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm, FirmCapability } from '@app/firms';
import { EmailOutbox } from '@app/mail';
import { Notification } from '@app/notifications';
import { PartnerDigestService, PartnerRequestMatch } from '@app/partner-requests';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD } from '../support/factories';

interface Session {
  token: string;
  userId: string;
  email: string;
  firmId: string | null;
}

let t: TestApp;
let large: Session; // LG CNS admin: publishes
let sme: Session; // DSPOne admin: smart metering, fits
let member: Session; // LG CNS plain member
let staff: Session;

const METERING = 'energy.smart_metering';
const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const as = (s: Session) => ({
  get: (path: string) => t.http.get(path).set(bearer(s)),
  post: (path: string, body: object = {}) => t.http.post(path).set(bearer(s)).send(body),
});
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

async function login(email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return {
    token: res.body.accessToken,
    userId: res.body.user.id,
    email,
    firmId: res.body.user.firm?.id ?? null,
  };
}

const publish = (body: Record<string, unknown> = {}) =>
  as(large).post('/api/partner-requests', {
    title: 'Smart metering partner for Hue',
    description: 'We lead a smart-energy pilot and seek an AMI provider.',
    capabilities: [METERING],
    role: 'solution_provider',
    countryCode: 'VN',
    expiresAt: inDays(30),
    ...body,
  });

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0', PARTNER_DIGEST_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');
  const email = `member-${randomUUID().slice(0, 8)}@example.kr`;
  await createUserAccount(t.db, {
    email,
    password: PASSWORD,
    name: 'Member',
    role: 'firm_member',
    firmId: large.firmId,
  });
  member = await login(email, PASSWORD);
}, 120_000);
afterAll(() => t?.close());

describe('partner requests', () => {
  it('publish → fitting firms with users are told in-app → browse with filters → reply opens a contact request', async () => {
    const created = await publish().expect(201);
    const r = created.body;
    expect(r).toMatchObject({
      title: 'Smart metering partner for Hue',
      capabilities: [METERING],
      status: 'open',
      mine: true,
      firm: { id: large.firmId },
    });

    // Fit: firms declaring the capability, with a user, never samples nor the publisher.
    const matches = await t.db.manager.findBy(PartnerRequestMatch, { requestId: r.id });
    const fitting = new Set(matches.map((m) => m.firmId));
    expect(fitting.has(sme.firmId!)).toBe(true);
    expect(fitting.has(large.firmId!)).toBe(false);
    const declaring = await t.db.manager.findBy(FirmCapability, { capabilityCode: METERING });
    for (const m of matches) {
      const firm = await t.db.manager.findOneByOrFail(Firm, { id: m.firmId });
      expect(firm.isSample).toBe(false);
      expect(declaring.some((d) => d.firmId === m.firmId)).toBe(true);
    }
    const told = await t.db.manager.findBy(Notification, {
      userId: sme.userId,
      type: 'partner_request_match',
    });
    expect(told.filter((n) => n.data.partnerRequestId === r.id)).toHaveLength(1);

    const asSme = await as(sme).get(`/api/partner-requests?capability=${METERING}&country=VN`).expect(200);
    expect(asSme.body.items.find((x: any) => x.id === r.id)).toMatchObject({ mine: false, fit: 1 });
    const fits = await as(sme).get('/api/partner-requests?fitsMe=true').expect(200);
    expect(fits.body.items.map((x: any) => x.id)).toContain(r.id);
    const otherCountry = await as(sme).get('/api/partner-requests?country=KE').expect(200);
    expect(otherCountry.body.items.map((x: any) => x.id)).not.toContain(r.id);
    const otherCapability = await as(sme).get('/api/partner-requests?capability=mobility.its').expect(200);
    expect(otherCapability.body.items.map((x: any) => x.id)).not.toContain(r.id);
    await as(staff).get(`/api/partner-requests/${r.id}`).expect(200);

    const reply = await as(sme)
      .post(`/api/partner-requests/${r.id}/reply`, { message: 'Our AMI runs in Ho Chi Minh City.' })
      .expect(201);
    expect(reply.body).toEqual({ contactRequestId: expect.any(String), status: 'pending' });
    const inbox = await as(large).get('/api/contact-requests').expect(200);
    expect(inbox.body.items.find((x: any) => x.id === reply.body.contactRequestId).message).toContain(
      'Re: Smart metering partner for Hue',
    );
    await as(sme).post(`/api/partner-requests/${r.id}/reply`, { message: 'again' }).expect(409);
    await as(large).post(`/api/partner-requests/${r.id}/reply`, { message: 'me' }).expect(403);
  });

  it('the owner closes it; closed and expired requests leave the open list; only the owner admin closes', async () => {
    const r = (await publish({ title: 'To be closed' }).expect(201)).body;
    await as(sme).post(`/api/partner-requests/${r.id}/close`).expect(403);
    await as(member).post(`/api/partner-requests/${r.id}/close`).expect(403);
    const closed = await as(large).post(`/api/partner-requests/${r.id}/close`).expect(200);
    expect(closed.body.status).toBe('closed');
    await as(large).post(`/api/partner-requests/${r.id}/close`).expect(200);
    const open = await as(sme).get('/api/partner-requests?limit=100').expect(200);
    expect(open.body.items.map((x: any) => x.id)).not.toContain(r.id);
    const mine = await as(large).get('/api/partner-requests?mine=true&limit=100').expect(200);
    expect(mine.body.items.find((x: any) => x.id === r.id).status).toBe('closed');
    await as(sme).post(`/api/partner-requests/${r.id}/reply`, { message: 'late' }).expect(400);

    const soon = (await publish({ title: 'Expiring' }).expect(201)).body;
    await t.db.query(`UPDATE partner_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      soon.id,
    ]);
    const after = await as(sme).get('/api/partner-requests?limit=100').expect(200);
    expect(after.body.items.map((x: any) => x.id)).not.toContain(soon.id);
    expect((await as(large).get(`/api/partner-requests/${soon.id}`).expect(200)).body.status).toBe('expired');
  });

  it('bad input gets field-level 400s; members and staff cannot publish', async () => {
    const bad = await as(large)
      .post('/api/partner-requests', { title: 'x', capabilities: [], expiresAt: 'soon' })
      .expect(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(
      expect.arrayContaining(['capabilities', 'description', 'expiresAt', 'title']),
    );
    const unknown = await publish({ capabilities: ['nope.nothing'] }).expect(400);
    expect(unknown.body.details[0].field).toBe('capabilities[0]');
    expect((await publish({ expiresAt: inDays(-1) }).expect(400)).body.details[0].field).toBe('expiresAt');
    expect((await publish({ expiresAt: inDays(400) }).expect(400)).body.details[0].field).toBe('expiresAt');
    expect((await publish({ role: 'emperor' }).expect(400)).body.details[0].field).toBe('role');
    await publish({ countryCode: 'vn' }).expect(400);
    await publish({ projectId: randomUUID() }).expect(404);
    await as(member).post('/api/partner-requests', {}).expect(403);
    await as(staff).post('/api/partner-requests', {}).expect(403);
    await as(sme).get('/api/partner-requests?country=xx').expect(400);
  });

  it('the e-mail digest sends each fitting request once per user, also with two instances at once', async () => {
    const digest = t.app.get(PartnerDigestService);
    await digest.run(); // earlier tests' matches
    const before = await t.db.manager.countBy(EmailOutbox, { toAddress: sme.email });
    const r = (await publish({ title: 'Digest check' }).expect(201)).body;
    // No e-mail at publication: the in-app notice only.
    expect(await t.db.manager.countBy(EmailOutbox, { toAddress: sme.email })).toBe(before);
    const sent = await Promise.all([digest.run(), digest.run(), digest.run()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const mails = await t.db.manager.findBy(EmailOutbox, { toAddress: sme.email });
    expect(mails).toHaveLength(before + 1);
    expect(mails.some((m) => m.textBody.includes('Digest check'))).toBe(true);
    expect(await digest.run()).toBe(0);
    expect(r.id).toBeTruthy();
  });
});
