import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUserAccount, User } from '@app/auth';
import { EmailOutbox, MAILER, OutboxWorker, type Mailer } from '@app/mail';
import { ProjectMatchNotifier } from '@app/matching-api';
import { Notification, NotificationsService, type NotificationInput } from '@app/notifications';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin, registration } from '../support/factories';

let t: TestApp;
let staff: { token: string; id: string; email: string };
let service: NotificationsService;
let worker: OutboxWorker;

beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn('staff', null);
  service = t.app.get(NotificationsService);
  worker = t.app.get(OutboxWorker);
});
afterAll(() => t?.close());
afterEach(() => vi.restoreAllMocks());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tag = () => randomUUID().slice(0, 8);

async function signIn(role: 'staff' | 'admin' | 'firm_member' | 'firm_admin', firmId: string | null) {
  const email = `${role}-${tag()}@example.kr`;
  const user = await createUserAccount(t.db, {
    email,
    password: PASSWORD,
    name: 'Lee Seoyeon',
    role,
    firmId,
  });
  const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { token: res.body.accessToken as string, id: user.id, email };
}

/** Staff users straight in the database (no password: they only need an address). */
async function mailboxes(count: number) {
  const rows = Array.from({ length: count }, () => ({
    email: `inbox-${tag()}@example.kr`,
    name: 'Choi Hana',
    role: 'staff' as const,
  }));
  const { identifiers } = await t.db.manager.insert(User, rows);
  return rows.map((r, i) => ({ id: identifiers[i].id as string, email: r.email }));
}

/** A registered (pending) firm with its admin and a plain member. */
async function firmWithUsers(firm: Record<string, unknown> = {}) {
  const base = registration();
  const admin = await registerFirmAdmin(t, { firm: { ...base.firm, ...firm } });
  const firmId = admin.user.firm.id as string;
  const member = await signIn('firm_member', firmId);
  return {
    id: firmId,
    name: admin.body.firm.name,
    admin: { token: admin.accessToken, id: admin.user.id as string, email: admin.body.email },
    member,
  };
}

const notice = (title = `Notice ${tag()}`): NotificationInput => ({
  type: 'consortium_changed',
  title: { en: title, ko: `알림 ${title}` },
  body: { en: 'Something changed.', ko: '변경 사항이 있습니다.' },
  link: '/projects',
  data: { n: 1 },
});

const list = (token: string, query: Record<string, unknown> = {}) =>
  t.http.get('/api/notifications').set(bearer(token)).query(query);
// Sign-up also queues the address-verification e-mail (libs/auth, tests/api/sessions.spec.ts); these tests look at notification e-mails.
const outboxTo = async (email: string) =>
  (await t.db.manager.find(EmailOutbox, { where: { toAddress: email }, order: { createdAt: 'ASC' } })).filter(
    (e) => !e.subject.includes('Confirm your e-mail address'),
  );

describe('authentication', () => {
  it('answers 401 without a token on every route', async () => {
    await t.http.get('/api/notifications').expect(401);
    await t.http.get('/api/notifications/unread-count').expect(401);
    await t.http.post(`/api/notifications/${randomUUID()}/read`).expect(401);
    await t.http.post('/api/notifications/read-all').expect(401);
  });
});

describe('firm verification', () => {
  it('notifies every user of the firm with the decision and reason, and queues their e-mails', async () => {
    const firm = await firmWithUsers();
    const other = await firmWithUsers();
    const reason = 'Business registration certificate is missing';
    await t.http
      .post(`/api/firms/${firm.id}/verification`)
      .set(bearer(staff.token))
      .send({ decision: 'rejected', reason })
      .expect(200);

    for (const user of [firm.admin, firm.member]) {
      const res = await list(user.token).expect(200);
      expect(res.body).toMatchObject({ total: 1, unreadCount: 1, page: 1, limit: 20 });
      expect(res.body.items[0]).toMatchObject({
        type: 'firm_verification',
        title: { en: 'Your firm profile was not verified', ko: '기업 정보 검증이 반려되었습니다' },
        link: `/firms/${firm.id}`,
        data: { firmId: firm.id, decision: 'rejected', reason },
        readAt: null,
      });
      expect(res.body.items[0].body.en).toContain(reason);
      expect(res.body.items[0].body.ko).toContain(reason);

      const [email] = await outboxTo(user.email);
      expect(email).toMatchObject({
        status: 'pending',
        attempts: 0,
        subject: '[Consortium Match] 기업 정보 검증이 반려되었습니다 / Your firm profile was not verified',
      });
      expect(email.textBody.indexOf('사유')).toBeLessThan(email.textBody.indexOf('Reason'));
      expect(email.textBody).toContain(`http://localhost:3000/firms/${firm.id}`);
    }
    expect((await list(other.admin.token).expect(200)).body.total).toBe(0);
    expect(await outboxTo(other.admin.email)).toEqual([]);
  });

  it('tells the firm when it is verified', async () => {
    const firm = await firmWithUsers();
    await t.http
      .post(`/api/firms/${firm.id}/verification`)
      .set(bearer(staff.token))
      .send({ decision: 'verified' })
      .expect(200);
    const res = await list(firm.member.token).expect(200);
    expect(res.body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual([
      'Your firm profile is verified',
    ]);
  });

  it('writes nothing when the decision fails', async () => {
    const firm = await firmWithUsers();
    await t.http
      .post(`/api/firms/${firm.id}/verification`)
      .set(bearer(firm.admin.token))
      .send({ decision: 'verified' })
      .expect(403);
    expect(await t.db.manager.countBy(Notification, { userId: firm.admin.id })).toBe(0);
  });
});

describe('the notifications routes', () => {
  it('lists own notifications newest first with the unread count, and filters unread', async () => {
    const me = await signIn('staff', null);
    const someoneElse = await signIn('staff', null);
    for (const title of ['first', 'second', 'third'])
      await t.db.transaction((tx) => service.notifyUsers(tx, [me.id], notice(title)));
    await t.db.transaction((tx) => service.notifyUsers(tx, [someoneElse.id], notice('not yours')));

    const all = await list(me.token).expect(200);
    expect(all.body).toMatchObject({ total: 3, unreadCount: 3, page: 1, limit: 20 });
    expect(all.body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual([
      'third',
      'second',
      'first',
    ]);
    expect(all.body.items[0]).toEqual({
      id: expect.any(String),
      type: 'consortium_changed',
      title: { en: 'third', ko: '알림 third' },
      body: { en: 'Something changed.', ko: '변경 사항이 있습니다.' },
      link: '/projects',
      data: { n: 1 },
      readAt: null,
      createdAt: expect.any(String),
    });

    const page2 = await list(me.token, { limit: 2, page: 2 }).expect(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.body.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(['first']);

    const [third, second] = all.body.items;
    await t.http.post(`/api/notifications/${second.id}/read`).set(bearer(me.token)).expect(204);
    await t.http.post(`/api/notifications/${second.id}/read`).set(bearer(me.token)).expect(204); // idempotent
    const unread = await list(me.token, { unread: 'true' }).expect(200);
    expect(unread.body).toMatchObject({ total: 2, unreadCount: 2 });
    expect(unread.body.items.map((n: { id: string }) => n.id)).toEqual([third.id, all.body.items[2].id]);
    const read = (await list(me.token).expect(200)).body.items.find(
      (n: { id: string }) => n.id === second.id,
    );
    expect(read.readAt).not.toBeNull();
    expect(
      (await t.http.get('/api/notifications/unread-count').set(bearer(me.token)).expect(200)).body,
    ).toEqual({ count: 2 });
    expect(
      (await t.http.get('/api/notifications/unread-count').set(bearer(someoneElse.token)).expect(200)).body,
    ).toEqual({ count: 1 });
  });

  it("answers 404 for someone else's notification and leaves it unread", async () => {
    const me = await signIn('firm_member', (await firmWithUsers()).id);
    const owner = await signIn('staff', null);
    await t.db.transaction((tx) => service.notifyUsers(tx, [owner.id], notice()));
    const [theirs] = (await list(owner.token).expect(200)).body.items;
    const res = await t.http.post(`/api/notifications/${theirs.id}/read`).set(bearer(me.token)).expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, message: 'Notification not found' });
    await t.http.post(`/api/notifications/${randomUUID()}/read`).set(bearer(me.token)).expect(404);
    await t.http.post('/api/notifications/not-a-uuid/read').set(bearer(me.token)).expect(400);
    expect((await list(owner.token).expect(200)).body.unreadCount).toBe(1);
  });

  it('marks all own notifications read and no one else’s', async () => {
    const me = await signIn('staff', null);
    const other = await signIn('staff', null);
    await t.db.transaction((tx) => service.notifyUsers(tx, [me.id, other.id], notice()));
    await t.db.transaction((tx) => service.notifyUsers(tx, [me.id], notice()));
    await t.http.post('/api/notifications/read-all').set(bearer(me.token)).expect(204);
    expect(
      (await t.http.get('/api/notifications/unread-count').set(bearer(me.token)).expect(200)).body,
    ).toEqual({ count: 0 });
    expect((await list(me.token).expect(200)).body).toMatchObject({ total: 2, unreadCount: 0 });
    expect(
      (await t.http.get('/api/notifications/unread-count').set(bearer(other.token)).expect(200)).body,
    ).toEqual({ count: 1 });
  });

  it('rejects bad query values with 400', async () => {
    const me = await signIn('staff', null);
    await list(me.token, { unread: 'maybe' }).expect(400);
    await list(me.token, { limit: 101 }).expect(400);
    await list(me.token, { page: 0 }).expect(400);
    await list(me.token, { colour: 'red' }).expect(400);
  });
});

describe('NotificationsService', () => {
  it('writes nothing when the caller’s transaction rolls back', async () => {
    const firm = await firmWithUsers();
    let seenInside = 0;
    await expect(
      t.db.transaction(async (tx) => {
        await service.notifyFirm(tx, firm.id, notice());
        seenInside = await tx.countBy(Notification, { userId: firm.admin.id });
        throw new Error('the action failed after notifying');
      }),
    ).rejects.toThrow('the action failed after notifying');
    expect(seenInside).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: firm.admin.id })).toBe(0);
    expect(await t.db.manager.countBy(Notification, { userId: firm.member.id })).toBe(0);
    expect(await outboxTo(firm.admin.email)).toEqual([]);
    expect(await outboxTo(firm.member.email)).toEqual([]);
  });

  it('reaches firm admins only, or staff and admins only, and skips e-mail on request', async () => {
    const firm = await firmWithUsers();
    const admin = await signIn('admin', null);
    const toAdmins = await t.db.transaction((tx) => service.notifyFirmAdmins(tx, firm.id, notice()));
    expect(toAdmins).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: firm.admin.id })).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: firm.member.id })).toBe(0);

    const staffCount = await t.db.manager.query(
      `SELECT count(*)::int AS n FROM users WHERE role IN ('staff','admin')`,
    );
    const toStaff = await t.db.transaction((tx) => service.notifyStaff(tx, { ...notice(), email: false }));
    expect(toStaff).toBe(staffCount[0].n);
    expect(await t.db.manager.countBy(Notification, { userId: admin.id })).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: staff.id })).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: firm.admin.id })).toBe(1);
    expect(await outboxTo(admin.email)).toEqual([]);
  });

  it('reaches every user of several firms at once', async () => {
    const [a, b, c] = await Promise.all([firmWithUsers(), firmWithUsers(), firmWithUsers()]);
    expect(await t.db.transaction((tx) => service.notifyFirms(tx, [a.id, b.id, a.id], notice()))).toBe(4);
    for (const user of [a.admin, a.member, b.admin, b.member])
      expect(await t.db.manager.countBy(Notification, { userId: user.id })).toBe(1);
    expect(await t.db.manager.countBy(Notification, { userId: c.admin.id })).toBe(0);
  });

  it('notifies many users with one SELECT and one INSERT per table', async () => {
    const users = await mailboxes(5);
    const queries: string[] = [];
    const created = await t.db.transaction(async (tx) => {
      const original = tx.queryRunner!.query.bind(tx.queryRunner!);
      vi.spyOn(tx.queryRunner!, 'query').mockImplementation((sql: string, ...rest: unknown[]) => {
        queries.push(sql);
        return (original as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      });
      return service.notifyUsers(tx, [...users.map((u) => u.id), users[0].id, randomUUID()], notice());
    });
    expect(created).toBe(5);
    expect(queries.filter((q) => /^SELECT/i.test(q))).toHaveLength(1);
    expect(queries.filter((q) => /^INSERT INTO "notifications"/i.test(q))).toHaveLength(1);
    expect(queries.filter((q) => /^INSERT INTO "email_outbox"/i.test(q))).toHaveLength(1);
  });
});

describe('OutboxWorker', () => {
  /** One fresh pending e-mail, after sending everything queued by earlier tests. */
  async function onePending() {
    await worker.drain();
    const [user] = await mailboxes(1);
    await t.db.transaction((tx) => service.notifyUsers(tx, [user.id], notice()));
    const [row] = await outboxTo(user.email);
    expect(row.status).toBe('pending');
    return row;
  }
  const reload = (id: string) => t.db.manager.findOneByOrFail(EmailOutbox, { id });

  it('sends pending e-mails through the mailer and marks them sent', async () => {
    const row = await onePending();
    const send = vi.spyOn(t.app.get<Mailer>(MAILER), 'send');
    expect(await worker.drain()).toBe(1);
    expect(send).toHaveBeenCalledWith({
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
    });
    const sent = await reload(row.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 0, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await worker.drain()).toBe(0); // nothing sent twice
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reschedules a failed send with backoff, never throws, and sends it once due', async () => {
    const row = await onePending();
    vi.spyOn(t.app.get<Mailer>(MAILER), 'send').mockRejectedValueOnce(
      new Error('451 4.3.0 mail server busy'),
    );
    const before = Date.now();
    await expect(worker.drain()).resolves.toBe(0);
    const failed = await reload(row.id);
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: '451 4.3.0 mail server busy',
      sentAt: null,
    });
    const wait = failed.nextAttemptAt.getTime() - before;
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThan(35_000);

    expect(await worker.drain()).toBe(0); // not due yet
    expect((await reload(row.id)).attempts).toBe(1);

    await t.db.manager.update(EmailOutbox, { id: row.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await worker.drain()).toBe(1);
    expect(await reload(row.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('gives up after the fifth failure and keeps the last error', async () => {
    const row = await onePending();
    await t.db.manager.update(EmailOutbox, { id: row.id }, { attempts: 4 });
    const send = vi
      .spyOn(t.app.get<Mailer>(MAILER), 'send')
      .mockRejectedValue(new Error('550 mailbox unavailable'));
    await expect(worker.drain()).resolves.toBe(0);
    expect(await reload(row.id)).toMatchObject({
      status: 'failed',
      attempts: 5,
      lastError: '550 mailbox unavailable',
    });
    await t.db.manager.update(EmailOutbox, { id: row.id }, { nextAttemptAt: new Date(Date.now() - 60_000) });
    await worker.drain();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('picks up an e-mail left "sending" by a crashed worker once its claim expired', async () => {
    const row = await onePending();
    await t.db.manager.update(
      EmailOutbox,
      { id: row.id },
      { status: 'sending', nextAttemptAt: new Date(Date.now() + 60_000) },
    );
    expect(await worker.drain()).toBe(0); // still claimed
    await t.db.manager.update(EmailOutbox, { id: row.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    expect(await worker.drain()).toBe(1);
    expect((await reload(row.id)).status).toBe('sent');
  });

  it('lets two drains running at once send each e-mail once', async () => {
    await worker.drain();
    const users = await mailboxes(30);
    await t.db.transaction((tx) =>
      service.notifyUsers(
        tx,
        users.map((u) => u.id),
        notice(),
      ),
    );
    const send = vi.spyOn(t.app.get<Mailer>(MAILER), 'send');
    const [a, b] = await Promise.all([worker.drain(), worker.drain()]);
    expect(a + b).toBeGreaterThanOrEqual(30);
    const recipients = send.mock.calls.map(([m]) => m.to).filter((to) => users.some((u) => u.email === to));
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients).size).toBe(30);
  });
});

describe('new project matches', () => {
  it('tells the admins of verified firms whose capabilities fit a new project, and no one else', async () => {
    const k = tag();
    const capabilities = [
      { code: 'transport.smart_parking', level: 3 },
      { code: 'data.iot_network', level: 3 },
    ];
    const fit = await firmWithUsers({ name: `Parking fit ${k}` });
    const weak = await firmWithUsers({ name: `Parking weak ${k}` });
    const unverified = await firmWithUsers({ name: `Parking pending ${k}` });
    await t.http
      .put(`/api/firms/${fit.id}/capabilities`)
      .set(bearer(fit.admin.token))
      .send({ capabilities })
      .expect(200);
    // Evidence behind the fit firm's capabilities: a commercial solution that uses both (bare declarations
    // count less in the evidence-weighted model, and the weak firm has none).
    await t.http
      .post(`/api/firms/${fit.id}/solutions`)
      .set(bearer(fit.admin.token))
      .send({
        name: `Parking guidance ${k}`,
        maturity: 'commercial',
        capabilityCodes: capabilities.map((c) => c.code),
      })
      .expect(201);
    await t.http
      .put(`/api/firms/${unverified.id}/capabilities`)
      .set(bearer(unverified.admin.token))
      .send({ capabilities })
      .expect(200);
    await t.http
      .put(`/api/firms/${weak.id}/capabilities`)
      .set(bearer(weak.admin.token))
      .send({ capabilities: [{ code: 'data.iot_network', level: 1 }] })
      .expect(200);
    for (const firm of [fit, weak]) {
      await t.http
        .post(`/api/firms/${firm.id}/verification`)
        .set(bearer(staff.token))
        .send({ decision: 'verified' })
        .expect(200);
    }

    const project = await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send({
        title: `Smart parking ${k}`,
        titleKo: `스마트 주차 ${k}`,
        countryCode: 'KG',
        city: 'Bishkek',
        track: 'solution_pilot',
        sectors: ['transport', 'data'],
        status: 'open',
        requirements: {
          capabilities: [
            { code: 'transport.smart_parking', weight: 3, mustHave: true },
            { code: 'data.iot_network', weight: 2 },
          ],
        },
      })
      .expect(201);
    await t.app.get(ProjectMatchNotifier).settled();

    const matches = async (token: string) =>
      (await list(token).expect(200)).body.items.filter((n: { type: string }) => n.type === 'project_match');
    const [notice] = await matches(fit.admin.token);
    expect(notice).toMatchObject({
      title: {
        en: `New project for your firm: Smart parking ${k}`,
        ko: `귀사에 맞는 신규 프로젝트: 스마트 주차 ${k}`,
      },
      link: `/projects/${project.body.id}`,
      data: { projectId: project.body.id, firmId: fit.id },
    });
    expect(notice.data.score).toBeGreaterThanOrEqual(70);
    expect(notice.body.en).toContain('Bishkek');
    expect(notice.body.en).toMatch(/fit score \d+\/100/);
    const emails = await outboxTo(fit.admin.email);
    expect(emails.some((e) => e.subject.includes(`Smart parking ${k}`))).toBe(true);

    expect(await matches(fit.member.token)).toEqual([]); // admins only
    expect(await matches(weak.admin.token)).toEqual([]); // below the threshold
    expect(await matches(unverified.admin.token)).toEqual([]); // not verified
  });

  it('stays quiet for projects firms cannot join', async () => {
    const notifier = t.app.get(ProjectMatchNotifier);
    const created = await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send({
        title: `Finished parking ${tag()}`,
        countryCode: 'KG',
        track: 'solution_pilot',
        sectors: ['transport'],
        status: 'completed',
        requirements: { capabilities: [{ code: 'transport.smart_parking', weight: 3, mustHave: true }] },
      })
      .expect(201);
    await notifier.settled();
    expect(await notifier.notify(created.body.id)).toBe(0);
    const rows = await t.db.manager.query(
      `SELECT count(*)::int AS n FROM notifications WHERE data->>'projectId' = $1`,
      [created.body.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
