import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount, RefreshSession, User } from '@app/auth';
import { Firm } from '@app/firms';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, refreshCookie, registerFirmAdmin, registration, setCookies } from '../support/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('register → login → me', () => {
  it('creates the firm (pending) and its admin in one go, and signs them in', async () => {
    const { body, accessToken, user, cookies } = await registerFirmAdmin(t);
    expect(user).toMatchObject({
      email: body.email,
      role: 'firm_admin',
      firm: { name: body.firm.name, verificationStatus: 'pending' },
    });
    expect(user.permissions).toContain('firm:invite-member');
    const cookie = cookies.find((c: string) => c.startsWith('cm_refresh='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(me.body).toMatchObject({ id: user.id, firmId: user.firm.id, firm: { nameKo: '스마트도시랩' } });

    const login = await t.http
      .post('/api/auth/login')
      .send({ email: body.email.toUpperCase(), password: PASSWORD })
      .expect(200);
    expect(login.body.user.id).toBe(user.id);

    const stored = await t.db.manager.findOneByOrFail(Firm, { id: user.firm.id });
    expect(stored.verificationStatus).toBe('pending');
  });

  it('stores an argon2id hash, never the password', async () => {
    const { user } = await registerFirmAdmin(t);
    const row = await t.db.manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });
});

describe('errors', () => {
  it('answers 401 without a token and with a forged one', async () => {
    const res = await t.http.get('/api/auth/me').expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
    await t.http.get('/api/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
  });

  it('rejects a duplicate e-mail with 409 and keeps a single firm', async () => {
    const { body } = await registerFirmAdmin(t);
    const firmsBefore = await t.db.manager.count(Firm);
    const res = await t.http
      .post('/api/auth/register')
      .send(registration({ email: body.email.toUpperCase() }))
      .expect(409);
    expect(res.body.message).toMatch(/already exists/);
    expect(res.body.details).toEqual([{ field: 'email', message: expect.any(String) }]);
    expect(await t.db.manager.count(Firm)).toBe(firmsBefore);
  });

  it('lets exactly one of two simultaneous registrations with one e-mail succeed', async () => {
    const body = registration();
    const results = await Promise.all(
      [1, 2, 3].map(() => t.http.post('/api/auth/register').send({ ...body, firm: { ...body.firm } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await t.db.manager.countBy(User, { email: body.email })).toBe(1);
  });

  it('returns field-level details for invalid bodies, unknown fields and weak passwords', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send({
        ...registration({ password: 'password123', email: 'nope' }),
        isAdmin: true,
        firm: { name: 'X', size: 'huge', type: 'service_solution', homeCountry: 'Korea' },
      })
      .expect(400);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['isAdmin', 'email', 'password', 'firm.name', 'firm.size', 'firm.homeCountry']),
    );
    expect(res.body.details.find((d: { field: string }) => d.field === 'password').message).toMatch(
      /too common/,
    );
  });

  it('answers 400 for malformed JSON and 413 for oversized bodies, never 500', async () => {
    const bad = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send('{"email":');
    expect(bad.status).toBe(400);
    expect(bad.body.statusCode).toBe(400);
    const huge = await t.http
      .post('/api/auth/register')
      .send({ ...registration(), name: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toBe('Payload Too Large');
  });

  it('gives one generic message for unknown e-mail and wrong password', async () => {
    const { body } = await registerFirmAdmin(t);
    const wrong = await t.http
      .post('/api/auth/login')
      .send({ email: body.email, password: 'wrong-password-123' })
      .expect(401);
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.kr', password: 'wrong-password-123' })
      .expect(401);
    expect(wrong.body.message).toBe('Invalid email or password');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('rate-limits sign-in attempts per IP and e-mail with 429', async () => {
    const { body } = await registerFirmAdmin(t);
    for (let i = 0; i < 10; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ email: body.email, password: 'wrong-password-123' })
        .expect(401);
    }
    const limited = await t.http
      .post('/api/auth/login')
      .send({ email: body.email, password: PASSWORD })
      .expect(429);
    expect(limited.body.message).toMatch(/Too many/);
    // Another account from the same IP is not locked out.
    const other = await registerFirmAdmin(t);
    await t.http.post('/api/auth/login').send({ email: other.body.email, password: PASSWORD }).expect(200);
  });
});

describe('refresh tokens', () => {
  it('rotates on use: the old token is rejected afterwards and its reuse revokes the session family', async () => {
    const { cookies } = await registerFirmAdmin(t);
    const first = refreshCookie(cookies);
    const rotated = await t.http.post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect(rotated.body.accessToken).toEqual(expect.any(String));
    const second = refreshCookie(setCookies(rotated));
    expect(second).not.toBe(first);

    await t.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
    // The replay revoked the whole family, so even the newest token is dead now.
    await t.http.post('/api/auth/refresh').set('Cookie', second).expect(401);
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const { cookies, accessToken, user } = await registerFirmAdmin(t);
    const cookie = refreshCookie(cookies);
    const res = await t.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${accessToken}`)
      .set('Cookie', cookie)
      .expect(204);
    expect(setCookies(res).join(';')).toMatch(/cm_refresh=;/);
    await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    expect(
      await t.db.manager
        .createQueryBuilder(RefreshSession, 's')
        .where('s.user_id = :id AND s.revoked_at IS NULL', { id: user.id })
        .getCount(),
    ).toBe(0);
  });

  it('answers 401 without a cookie', async () => {
    await t.http.post('/api/auth/refresh').expect(401);
  });
});

describe('roles', () => {
  it('forbids firm users from staff routes (403) and lets staff through', async () => {
    const { accessToken, user } = await registerFirmAdmin(t);
    const res = await t.http
      .post(`/api/firms/${user.firm.id}/verification`)
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ decision: 'verified' })
      .expect(403);
    expect(res.body.message).toMatch(/firm:verify/);

    await createUserAccount(t.db, {
      email: 'staff-a@example.kr',
      password: PASSWORD,
      name: 'Staff A',
      role: 'staff',
    });
    const staff = await t.http
      .post('/api/auth/login')
      .send({ email: 'staff-a@example.kr', password: PASSWORD })
      .expect(200);
    expect(staff.body.user).toMatchObject({ role: 'staff', firm: null });
    const ok = await t.http
      .post(`/api/firms/${user.firm.id}/verification`)
      .set('Authorization', `Bearer ${staff.body.accessToken}`)
      .send({ decision: 'verified' })
      .expect(200);
    expect(ok.body.verificationStatus).toBe('verified');
  });
});
