import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('inviting colleagues', () => {
  it('creates a member with a one-time set-password link that works once', async () => {
    const admin = await registerFirmAdmin(t);
    const firmId = admin.user.firm.id;
    const invited = await t.http
      .post(`/api/firms/${firmId}/members`)
      .set(bearer(admin.accessToken))
      .send({ email: 'Colleague@Example.kr', name: 'Lee Jun' })
      .expect(201);
    expect(invited.body.user).toMatchObject({ email: 'colleague@example.kr', role: 'firm_member', firmId });
    const token = new URL(invited.body.setPasswordUrl).searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(30);

    // No password yet: signing in fails with the generic message.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'colleague@example.kr', password: PASSWORD })
      .expect(401);

    await t.http.post('/api/auth/set-password').send({ token, password: 'short' }).expect(400);
    await t.http.post('/api/auth/set-password').send({ token, password: 'jeju-island-breeze' }).expect(204);
    const again = await t.http
      .post('/api/auth/set-password')
      .send({ token, password: 'another-passphrase-9' })
      .expect(400);
    expect(again.body.details[0].field).toBe('token');

    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'colleague@example.kr', password: 'jeju-island-breeze' })
      .expect(200);
    expect(login.body.user.permissions).not.toContain('firm:invite-member');

    const members = await t.http
      .get(`/api/firms/${firmId}/members`)
      .set(bearer(login.body.accessToken))
      .expect(200);
    expect(members.body.map((m: { email: string }) => m.email).sort()).toEqual(
      ['colleague@example.kr', admin.body.email].sort(),
    );
  });

  it('refuses members (403), other firms (403), anonymous callers (401) and duplicate e-mails (409)', async () => {
    const a = await registerFirmAdmin(t);
    const b = await registerFirmAdmin(t);
    const url = `/api/firms/${a.user.firm.id}/members`;
    await t.http.post(url).send({ email: 'x@example.kr', name: 'X' }).expect(401);
    await t.http.post(url).set(bearer(b.accessToken)).send({ email: 'x@example.kr', name: 'X' }).expect(403);
    await t.http.get(url).set(bearer(b.accessToken)).expect(403);

    const invited = await t.http
      .post(url)
      .set(bearer(a.accessToken))
      .send({ email: 'm@example.kr', name: 'M' })
      .expect(201);
    const token = new URL(invited.body.setPasswordUrl).searchParams.get('token')!;
    await t.http.post('/api/auth/set-password').send({ token, password: 'gangnam-station-7' }).expect(204);
    const member = await t.http
      .post('/api/auth/login')
      .send({ email: 'm@example.kr', password: 'gangnam-station-7' })
      .expect(200);
    await t.http
      .post(url)
      .set(bearer(member.body.accessToken))
      .send({ email: 'y@example.kr', name: 'Y' })
      .expect(403);

    const dup = await t.http
      .post(url)
      .set(bearer(a.accessToken))
      .send({ email: b.body.email, name: 'Dup' })
      .expect(409);
    expect(dup.body.details[0].field).toBe('email');
    await t.http
      .post('/api/firms/not-a-uuid/members')
      .set(bearer(a.accessToken))
      .send({ email: 'z@example.kr', name: 'Z' })
      .expect(400);
  });
});

describe('firm visibility', () => {
  it('hides pending firms from other firms but shows them to their own members', async () => {
    const a = await registerFirmAdmin(t);
    const b = await registerFirmAdmin(t);
    await t.http.get(`/api/firms/${a.user.firm.id}`).set(bearer(a.accessToken)).expect(200);
    await t.http.get(`/api/firms/${a.user.firm.id}`).set(bearer(b.accessToken)).expect(404);
  });

  it('requires a reason to reject a firm', async () => {
    const a = await registerFirmAdmin(t);
    await createUserAccount(t.db, {
      email: 'staff-v@example.kr',
      password: PASSWORD,
      name: 'V',
      role: 'staff',
    });
    const staff = await t.http
      .post('/api/auth/login')
      .send({ email: 'staff-v@example.kr', password: PASSWORD })
      .expect(200);
    const url = `/api/firms/${a.user.firm.id}/verification`;
    const missing = await t.http
      .post(url)
      .set(bearer(staff.body.accessToken))
      .send({ decision: 'rejected' })
      .expect(400);
    expect(missing.body.details[0]).toEqual({
      field: 'reason',
      message: expect.stringMatching(/required when rejecting/),
    });
    const done = await t.http
      .post(url)
      .set(bearer(staff.body.accessToken))
      .send({ decision: 'rejected', reason: 'Business registration missing' })
      .expect(200);
    expect(done.body).toMatchObject({
      verificationStatus: 'rejected',
      verificationReason: 'Business registration missing',
    });
    const me = await t.http.get('/api/auth/me').set(bearer(a.accessToken)).expect(200);
    expect(me.body.firm.verificationStatus).toBe('rejected');
  });
});

describe('health and headers', () => {
  it('reports the database as up, publicly, with security headers and a request id', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.info.database.status).toBe('up');
    expect(res.get('x-content-type-options')).toBe('nosniff');
    expect(res.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });

  it('answers unknown API routes with the standard 404 shape', async () => {
    const res = await t.http.get('/api/does-not-exist').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
