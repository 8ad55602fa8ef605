import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { EmailOutbox } from '@app/mail';
import { Message } from '@app/messaging';
import { Notification } from '@app/notifications';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD } from '../support/factories';

interface Session {
  token: string;
  userId: string;
  email: string;
  firmId: string | null;
}

let t: TestApp;
let large: Session; // LG CNS admin: leads
let sme: Session; // DSPOne admin: accepted member
let third: Session; // IVS Tech admin: invited, then removed
let outsider: Session; // J-SYS admin
let staff: Session;

const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const as = (s: Session) => ({
  get: (path: string) => t.http.get(path).set(bearer(s)),
  post: (path: string, body: object = {}) => t.http.post(path).set(bearer(s)).send(body),
  del: (path: string) => t.http.delete(path).set(bearer(s)),
});

async function login(email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return {
    token: res.body.accessToken,
    userId: res.body.user.id,
    email,
    firmId: res.body.user.firm?.id ?? null,
  };
}

async function firmAdmin(ref: string): Promise<Session> {
  const firmId = (await t.db.manager.findOneByOrFail(Firm, { sourceRef: ref })).id;
  const email = `admin-${randomUUID().slice(0, 8)}@example.kr`;
  await createUserAccount(t.db, {
    email,
    password: PASSWORD,
    name: `Admin ${ref}`,
    role: 'firm_admin',
    firmId,
  });
  return login(email, PASSWORD);
}

const messageNotices = (s: Session) =>
  t.db.manager.find(Notification, { where: { userId: s.userId, type: 'message_received' } });
const outbox = (s: Session) => t.db.manager.countBy(EmailOutbox, { toAddress: s.email });

async function consortium(): Promise<{ id: string; thirdSeat: string }> {
  const project = await as(staff)
    .post('/api/projects', {
      title: `Messaging pilot ${randomUUID().slice(0, 6)}`,
      countryCode: 'VN',
      track: 'solution_pilot',
      sectors: ['energy'],
      status: 'open',
      submissionDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      requirements: {
        capabilities: [{ code: 'energy.smart_metering', weight: 2, mustHave: true }],
        roles: ['lead', 'solution_provider'],
        teamRules: { maxMembers: 5 },
      },
    })
    .expect(201);
  const created = await as(large)
    .post('/api/consortia', {
      projectId: project.body.id,
      members: [
        { firmId: sme.firmId, role: 'solution_provider' },
        { firmId: third.firmId, role: 'solution_provider' },
      ],
    })
    .expect(201);
  const seat = (firm: string) => created.body.members.find((m: any) => m.firm.id === firm).id as string;
  await as(sme)
    .post(`/api/consortia/${created.body.id}/invitations/${seat(sme.firmId!)}/accept`)
    .expect(200);
  await as(third)
    .post(`/api/consortia/${created.body.id}/invitations/${seat(third.firmId!)}/accept`)
    .expect(200);
  return { id: created.body.id, thirdSeat: seat(third.firmId!) };
}

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');
  third = await firmAdmin('ivs-tech');
  outsider = await firmAdmin('j-sys');
}, 120_000);
afterAll(() => t?.close());

describe('consortium threads', () => {
  it('members talk; one notification and one e-mail per unread stretch; markup stays text; leavers and outsiders are out', async () => {
    const c = await consortium();
    const path = `/api/consortia/${c.id}/messages`;
    const emailsBefore = await outbox(sme);

    const markup = '<b>Kick-off</b> <script>alert(1)</script> & Tuesday?';
    const first = await as(large)
      .post(path, { body: `  ${markup}  ` })
      .expect(201);
    expect(first.body).toMatchObject({ body: markup, mine: true, authorFirm: { id: large.firmId } });
    await as(large).post(path, { body: 'Second message' }).expect(201);
    await as(large).post(path, { body: 'Third message' }).expect(201);

    // Three messages, one unread stretch: DSPOne's admin is told once, in-app and by e-mail.
    expect(await messageNotices(sme)).toHaveLength(1);
    expect((await outbox(sme)) - emailsBefore).toBe(1);
    const threads = await as(sme).get('/api/threads').expect(200);
    const mine = threads.body.items.find((x: any) => x.consortiumId === c.id);
    expect(mine).toMatchObject({ kind: 'consortium', unreadCount: 3, lastMessage: 'Third message' });

    const page = await as(sme).get(`${path}?limit=2`).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((m: any) => m.body)).toEqual(['Third message', 'Second message']);
    expect(page.body.thread).toMatchObject({ kind: 'consortium', canWrite: true });
    const older = await as(sme).get(`${path}?limit=2&page=2`).expect(200);
    expect(older.body.items.map((m: any) => m.body)).toEqual([markup]);
    // Reading page 1 read the thread; the next message starts a new stretch.
    const after = await as(sme).get('/api/threads').expect(200);
    expect(after.body.items.find((x: any) => x.consortiumId === c.id).unreadCount).toBe(0);
    await as(large).post(path, { body: 'Fourth' }).expect(201);
    expect(await messageNotices(sme)).toHaveLength(2);

    // The lead's own messages are never unread for the lead.
    const leadView = await as(large).get('/api/threads').expect(200);
    expect(leadView.body.items.find((x: any) => x.consortiumId === c.id).unreadCount).toBe(0);

    await as(outsider).get(path).expect(404);
    await as(outsider).post(path, { body: 'hello' }).expect(404);
    // Staff see nothing before submission.
    await as(staff).get(path).expect(404);

    // A removed member loses access at once.
    await as(third).get(path).expect(200);
    await as(large)
      .del(`/api/consortia/${c.id}/members/${c.thirdSeat}`)
      .expect((r) => {
        expect([200, 204]).toContain(r.status);
      });
    await as(third).get(path).expect(404);
    await as(third).post(path, { body: 'still here?' }).expect(404);
  });

  it('staff read a submitted consortium thread but do not post; bad bodies get field errors', async () => {
    const c = await consortium();
    const path = `/api/consortia/${c.id}/messages`;
    await as(large).del(`/api/consortia/${c.id}/members/${c.thirdSeat}`);
    await as(large).post(path, { body: 'Ready to submit' }).expect(201);
    await as(large).post(`/api/consortia/${c.id}/submit`).expect(200);
    const read = await as(staff).get(path).expect(200);
    expect(read.body.thread).toMatchObject({ canWrite: false, readOnlyReason: 'staff' });
    await as(staff).post(path, { body: 'staff note' }).expect(403);

    const empty = await as(large).post(path, { body: '   ' }).expect(400);
    expect(empty.body.details.map((d: any) => d.field)).toContain('body');
    const long = await as(large)
      .post(path, { body: 'x'.repeat(4001) })
      .expect(400);
    expect(long.body.details.map((d: any) => d.field)).toContain('body');
    await as(large).post(path, { body: 'ok', clientId: 'not-a-uuid' }).expect(400);
    await as(large).post(`/api/consortia/${randomUUID()}/messages`, { body: 'x' }).expect(404);
  });

  it('a retried post with the same clientId is stored once, also when the retries race', async () => {
    const c = await consortium();
    const path = `/api/consortia/${c.id}/messages`;
    const clientId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => as(large).post(path, { body: 'Only once', clientId })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const rows = await t.db.manager.countBy(Message, { clientId });
    expect(rows).toBe(1);
  });
});

describe('contact requests and direct threads', () => {
  it('request → accept opens one thread (concurrent answers resolve to one outcome) → both firms talk', async () => {
    const project = (await as(staff).get('/api/projects?limit=1').expect(200)).body.items[0].id as string;
    const created = await as(outsider)
      .post('/api/contact-requests', {
        toFirmId: sme.firmId,
        projectId: project,
        message: 'We need smart metering for this project. Talk?',
      })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), status: 'pending' });
    const received = await t.db.manager.find(Notification, {
      where: { userId: sme.userId, type: 'contact_request_received' },
    });
    expect(received.some((n) => n.data.contactRequestId === created.body.id)).toBe(true);

    // A second pending request about the same project is a duplicate, also when sent in parallel.
    const dupes = await Promise.all(
      [1, 2, 3].map(() =>
        as(outsider).post('/api/contact-requests', {
          toFirmId: sme.firmId,
          projectId: project,
          message: 'again',
        }),
      ),
    );
    expect(dupes.map((r) => r.status)).toEqual([409, 409, 409]);

    const inbox = await as(sme).get('/api/contact-requests?status=pending').expect(200);
    expect(inbox.body.items.find((r: any) => r.id === created.body.id)).toMatchObject({
      fromFirm: { id: outsider.firmId },
      toFirm: { id: sme.firmId },
      projectId: project,
      status: 'pending',
    });
    const sent = await as(outsider).get('/api/contact-requests?direction=sent').expect(200);
    expect(sent.body.items.map((r: any) => r.id)).toContain(created.body.id);

    // Only the receiver answers; two racing accepts give one thread and one 409.
    await as(outsider).post(`/api/contact-requests/${created.body.id}/accept`).expect(403);
    await as(large).post(`/api/contact-requests/${created.body.id}/accept`).expect(404);
    const answers = await Promise.all([
      as(sme).post(`/api/contact-requests/${created.body.id}/accept`),
      as(sme).post(`/api/contact-requests/${created.body.id}/accept`),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const threadId = answers.find((r) => r.status === 200)!.body.threadId as string;
    await as(sme).post(`/api/contact-requests/${created.body.id}/decline`).expect(409);

    // The request's text opens the thread; the requester is told.
    const opened = await as(sme).get(`/api/threads/${threadId}/messages`).expect(200);
    expect(opened.body.items.map((m: any) => m.body)).toEqual([
      'We need smart metering for this project. Talk?',
    ]);
    expect(opened.body.items[0].authorFirm.id).toBe(outsider.firmId);
    const answered = await t.db.manager.find(Notification, {
      where: { userId: outsider.userId, type: 'contact_request_answered' },
    });
    expect(answered.some((n) => n.data.threadId === threadId)).toBe(true);

    await as(sme).post(`/api/threads/${threadId}/messages`, { body: 'Yes — call on Monday?' }).expect(201);
    const list = await as(outsider).get('/api/threads').expect(200);
    expect(list.body.items.find((x: any) => x.id === threadId)).toMatchObject({
      kind: 'direct',
      otherFirm: { id: sme.firmId },
      projectId: project,
      unreadCount: 1,
    });
    expect(list.body.unreadCount).toBeGreaterThanOrEqual(1);
    await as(large).get(`/api/threads/${threadId}/messages`).expect(404);
    await as(large).post(`/api/threads/${threadId}/messages`, { body: 'x' }).expect(404);
    await as(staff).get('/api/threads').expect(403);
  });

  it('decline tells the sender; bad requests get field-level 4xx', async () => {
    const created = await as(outsider)
      .post('/api/contact-requests', { toFirmId: large.firmId, message: 'General chat?' })
      .expect(201);
    const declined = await as(large)
      .post(`/api/contact-requests/${created.body.id}/decline`, { reason: 'Not now' })
      .expect(200);
    expect(declined.body).toEqual({ id: created.body.id, status: 'declined' });
    // Declined, so a new request may be sent again.
    await as(outsider)
      .post('/api/contact-requests', { toFirmId: large.firmId, message: 'Later?' })
      .expect(201);

    const missing = await as(outsider).post('/api/contact-requests', { toFirmId: 'nope' }).expect(400);
    expect(missing.body.details.map((d: any) => d.field).sort()).toEqual(['message', 'toFirmId']);
    const self = await as(outsider)
      .post('/api/contact-requests', { toFirmId: outsider.firmId, message: 'me' })
      .expect(400);
    expect(self.body.details[0].field).toBe('toFirmId');
    await as(outsider).post('/api/contact-requests', { toFirmId: randomUUID(), message: 'x' }).expect(404);
    await as(outsider)
      .post('/api/contact-requests', { toFirmId: large.firmId, projectId: randomUUID(), message: 'x' })
      .expect(404);
    await as(staff).post('/api/contact-requests', { toFirmId: large.firmId, message: 'x' }).expect(403);
  });

  it('a block stops requests and makes the direct thread read-only; reports reach staff once', async () => {
    const req = await as(third)
      .post('/api/contact-requests', { toFirmId: large.firmId, message: 'Hi' })
      .expect(201);
    const { threadId } = (await as(large).post(`/api/contact-requests/${req.body.id}/accept`).expect(200))
      .body;
    const msg = await as(third)
      .post(`/api/threads/${threadId}/messages`, { body: 'Buy our stuff!!!' })
      .expect(201);

    const report = await as(large)
      .post(`/api/messages/${msg.body.id}/report`, { reason: 'Spam' })
      .expect(201);
    await as(large).post(`/api/messages/${msg.body.id}/report`, { reason: 'Spam' }).expect(409);
    await as(outsider).post(`/api/messages/${msg.body.id}/report`, { reason: 'Spam' }).expect(404);
    const staffNotes = await t.db.manager.find(Notification, {
      where: { userId: staff.userId, type: 'message_reported' },
    });
    expect(staffNotes.filter((n) => n.data.reportId === report.body.id)).toHaveLength(1);

    await as(large).post('/api/blocked-firms', { firmId: third.firmId }).expect(204);
    await as(large).post('/api/blocked-firms', { firmId: third.firmId }).expect(204); // idempotent
    expect((await as(large).get('/api/blocked-firms').expect(200)).body.items.map((f: any) => f.id)).toEqual([
      third.firmId,
    ]);
    await as(third).post('/api/contact-requests', { toFirmId: large.firmId, message: 'Again' }).expect(403);
    await as(third).post(`/api/threads/${threadId}/messages`, { body: 'Hello?' }).expect(403);
    const view = await as(third).get(`/api/threads/${threadId}/messages`).expect(200);
    expect(view.body.thread).toMatchObject({ canWrite: false, readOnlyReason: 'blocked' });
    await as(large).post('/api/blocked-firms', { firmId: large.firmId }).expect(400);

    await as(large).del(`/api/blocked-firms/${third.firmId}`).expect(204);
    await as(third).post(`/api/threads/${threadId}/messages`, { body: 'Sorry about that' }).expect(201);
  });
});
