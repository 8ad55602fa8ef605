import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { EmailOutbox } from '@app/mail';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

let t: TestApp;
let admin: { token: string; id: string };
let staff: { token: string; id: string; email: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const tag = () => randomUUID().slice(0, 8);

async function signIn(role: 'staff' | 'admin') {
  const email = `${role}-${tag()}@example.kr`;
  const user = await createUserAccount(t.db, {
    email,
    password: PASSWORD,
    name: `Han ${role}`,
    role,
    firmId: null,
  });
  const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { token: res.body.accessToken as string, id: user.id, email };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn('admin');
  staff = await signIn('staff');
});
afterAll(() => t?.close());

describe('admin users', () => {
  it('lists accounts paged and filtered', async () => {
    const res = await t.http
      .get('/api/admin/users')
      .set(bearer(admin.token))
      .query({ q: staff.email, limit: 5 })
      .expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 5 });
    expect(res.body.items[0]).toMatchObject({
      id: staff.id,
      role: 'staff',
      hasPassword: true,
      deactivatedAt: null,
    });
    expect(res.body.items[0].activeSessions).toBeGreaterThanOrEqual(1);
    const byRole = await t.http
      .get('/api/admin/users')
      .set(bearer(admin.token))
      .query({ role: 'admin' })
      .expect(200);
    expect(byRole.body.items.every((u: { role: string }) => u.role === 'admin')).toBe(true);
    await t.http.get('/api/admin/users').set(bearer(admin.token)).query({ role: 'king' }).expect(400);
    await t.http.get('/api/admin/users').set(bearer(staff.token)).expect(403);
  });

  it('creates a staff account with an e-mailed set-password link that works', async () => {
    const email = `new-staff-${tag()}@example.kr`;
    const res = await t.http
      .post('/api/admin/users')
      .set(bearer(admin.token))
      .send({ email: ` ${email.toUpperCase()} `, name: 'Yoon Seo', role: 'staff' })
      .expect(201);
    expect(res.body.user).toMatchObject({ email, role: 'staff', hasPassword: false });
    const url = new URL(res.body.setPasswordUrl as string);
    expect(url.pathname).toBe('/set-password');
    const [mail] = await t.db.manager.findBy(EmailOutbox, { toAddress: email });
    expect(mail.textBody).toContain(res.body.setPasswordUrl);
    await t.http
      .post('/api/auth/set-password')
      .send({ token: url.searchParams.get('token'), password: PASSWORD })
      .expect(204);
    await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    await t.http
      .post('/api/admin/users')
      .set(bearer(admin.token))
      .send({ email, name: 'Again', role: 'staff' })
      .expect(409);
    const bad = await t.http
      .post('/api/admin/users')
      .set(bearer(admin.token))
      .send({ email: 'x', name: '', role: 'firm_admin' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'name', 'role']);
  });

  it('changes a role: old tokens stop, the audit log records it; firm and staff roles do not mix', async () => {
    const other = await signIn('staff');
    const changed = await t.http
      .patch(`/api/admin/users/${other.id}/role`)
      .set(bearer(admin.token))
      .send({ role: 'admin' })
      .expect(200);
    expect(changed.body.role).toBe('admin');
    await t.http.get('/api/auth/me').set(bearer(other.token)).expect(401);
    const again = await t.http
      .post('/api/auth/login')
      .send({ email: other.email, password: PASSWORD })
      .expect(200);
    expect(again.body.user.role).toBe('admin');

    const firm = await registerFirmAdmin(t);
    const firmAdminId = firm.user.id as string;
    const mix = await t.http
      .patch(`/api/admin/users/${firmAdminId}/role`)
      .set(bearer(admin.token))
      .send({ role: 'staff' })
      .expect(400);
    expect(mix.body.details[0].field).toBe('role');
    await t.http
      .patch(`/api/admin/users/${firmAdminId}/role`)
      .set(bearer(admin.token))
      .send({ role: 'firm_member' })
      .expect(409); // only admin of the firm
    await t.http
      .patch(`/api/admin/users/${admin.id}/role`)
      .set(bearer(admin.token))
      .send({ role: 'staff' })
      .expect(400);
    await t.http
      .patch(`/api/admin/users/${randomUUID()}/role`)
      .set(bearer(admin.token))
      .send({ role: 'staff' })
      .expect(404);

    const log = await t.http
      .get('/api/admin/audit')
      .set(bearer(admin.token))
      .query({ kind: 'role_changed' })
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      kind: 'role_changed',
      actorId: admin.id,
      subject: other.email,
      data: { from: 'staff', to: 'admin' },
    });
    expect(log.body.total).toBe(1);
  });

  it('deactivates (no sign-in, no refresh, tokens refused), reactivates, revokes sessions', async () => {
    const victim = await signIn('staff');
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: victim.email, password: PASSWORD })
      .expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[])
      .map((c) => c.split(';')[0])
      .join('; ');
    await t.http.post(`/api/admin/users/${victim.id}/deactivate`).set(bearer(admin.token)).expect(200);
    await t.http.get('/api/auth/me').set(bearer(victim.token)).expect(401);
    await t.http.post('/api/auth/login').send({ email: victim.email, password: PASSWORD }).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    await t.http.post(`/api/admin/users/${admin.id}/deactivate`).set(bearer(admin.token)).expect(400);

    await t.http.post(`/api/admin/users/${victim.id}/reactivate`).set(bearer(admin.token)).expect(200);
    const back = await t.http
      .post('/api/auth/login')
      .send({ email: victim.email, password: PASSWORD })
      .expect(200);
    await t.http.get('/api/auth/me').set(bearer(back.body.accessToken)).expect(200);
    const revoked = await t.http
      .post(`/api/admin/users/${victim.id}/revoke-sessions`)
      .set(bearer(admin.token))
      .expect(200);
    expect(revoked.body.activeSessions).toBe(0);
    await t.http.get('/api/auth/me').set(bearer(back.body.accessToken)).expect(401);

    const log = await t.http
      .get('/api/admin/audit')
      .set(bearer(admin.token))
      .query({ limit: 100 })
      .expect(200);
    const kinds = log.body.items
      .filter((e: { subject: string }) => e.subject === victim.email)
      .map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['sessions_revoked', 'user_reactivated', 'user_deactivated']);
  });

  it('the audit log shows staff firm-verification decisions', async () => {
    const firm = await registerFirmAdmin(t);
    await t.http
      .post(`/api/firms/${firm.user.firm.id}/verification`)
      .set(bearer(staff.token))
      .send({ decision: 'verified' })
      .expect(200);
    const log = await t.http
      .get('/api/admin/audit')
      .set(bearer(admin.token))
      .query({ kind: 'firm_verification' })
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      kind: 'firm_verification',
      actorId: staff.id,
      link: `/firms/${firm.user.firm.id}`,
      data: { status: 'verified' },
    });
    await t.http.get('/api/admin/audit').set(bearer(staff.token)).expect(403);
    await t.http.get('/api/admin/audit').query({ kind: 'gossip' }).set(bearer(admin.token)).expect(400);
  });
});

describe('own account settings', () => {
  it('updates name, language and notification e-mails; sign out everywhere ends this token too', async () => {
    const me = await signIn('staff');
    const res = await t.http
      .patch('/api/auth/me')
      .set(bearer(me.token))
      .send({ name: ' Kang Min ', locale: 'en', emailNotifications: false })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'Kang Min', locale: 'en', emailNotifications: false });
    await t.http.patch('/api/auth/me').set(bearer(me.token)).send({ locale: 'fr' }).expect(400);
    await t.http.patch('/api/auth/me').set(bearer(me.token)).send({ role: 'admin' }).expect(400);
    await t.http.patch('/api/auth/me').set(bearer(me.token)).send({ emailNotifications: null }).expect(400);
    await t.http.post('/api/auth/sessions/revoke-all').set(bearer(me.token)).expect(204);
    await t.http.get('/api/auth/me').set(bearer(me.token)).expect(401);
  });
});
