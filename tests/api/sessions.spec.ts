import { createHash, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount, PasswordToken } from '@app/auth';
import { EmailOutbox, OutboxWorker } from '@app/mail';
import { Notification } from '@app/notifications';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { PASSWORD, refreshCookie, registerFirmAdmin, setCookies } from '../support/factories';

/** Sessions and accounts: token lifetime, refresh families, password change and reset, e-mail verification, throttling, health. */

const NEW_PASSWORD = 'busan-harbour-ferry-88';
const PUBLIC_URL = 'https://cm.example.kr';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    ACCESS_TOKEN_TTL_SECONDS: '30',
    LOGIN_IP_RATE_LIMIT: '1000',
    PUBLIC_URL,
    SWEEP_INTERVAL_MS: '0',
  });
});
afterAll(() => t?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const me = (token: string) => t.http.get('/api/auth/me').set(bearer(token));

const outboxTo = (app: TestApp, email: string) =>
  app.db.manager.find(EmailOutbox, { where: { toAddress: email }, order: { createdAt: 'ASC', id: 'ASC' } });

/** The token of the newest e-mailed link to `path` for that address (read from the outbox row, as the mail client would). */
async function linkToken(
  app: TestApp,
  email: string,
  path: '/reset-password' | '/verify-email',
): Promise<{ token: string; url: string }> {
  const mails = (await outboxTo(app, email)).filter((m) => m.textBody.includes(`${path}?token=`));
  expect(mails.length).toBeGreaterThan(0);
  const url = mails.at(-1)!.textBody.match(new RegExp(`\\S+${path}\\?token=[\\w-]+`))![0];
  return { url, token: new URL(url).searchParams.get('token')! };
}

async function login(email: string, password = PASSWORD, app = t) {
  const res = await app.http.post('/api/auth/login').send({ email, password });
  return {
    status: res.status,
    accessToken: res.body.accessToken as string,
    cookie: res.status === 200 ? refreshCookie(setCookies(res)) : '',
  };
}

describe('access tokens', () => {
  it('live ACCESS_TOKEN_TTL_SECONDS and are refused once expired, with or without a valid signature', async () => {
    const { accessToken, user } = await registerFirmAdmin(t);
    const c = claims(accessToken);
    expect(c.exp - c.iat).toBe(30);
    expect(c).toMatchObject({
      sub: user.id,
      role: 'firm_admin',
      firmId: user.firm.id,
      pwdv: expect.any(Number),
    });

    // The same claims signed with the app's secret: valid while exp is ahead, refused once it has passed.
    const jwt = new JwtService();
    const now = Math.floor(Date.now() / 1000);
    const sign = (extra: object, secret = TEST_JWT_SECRET) =>
      jwt.sign(
        { sub: c.sub, role: c.role, firmId: c.firmId, pwdv: c.pwdv, ...extra },
        { secret, algorithm: 'HS256' },
      );
    await me(sign({ iat: now - 60, exp: now + 60 })).expect(200);
    const expired = await me(sign({ iat: now - 60, exp: now - 1 })).expect(401);
    expect(expired.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: expect.stringMatching(/expired/),
    });
    await me(sign({ iat: now, exp: now + 60 }, 'another-secret-that-is-at-least-32-characters')).expect(401);
    // alg "none" and tokens without the password version are refused.
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${accessToken.split('.')[1]}.`;
    await me(unsigned).expect(401);
    await me(
      jwt.sign({ sub: c.sub, role: c.role, firmId: c.firmId, exp: now + 60 }, { secret: TEST_JWT_SECRET }),
    ).expect(401);
  });
});

describe('refresh sessions', () => {
  it('replaying a spent refresh token revokes that session family only', async () => {
    const { body } = await registerFirmAdmin(t);
    const a = await login(body.email);
    const b = await login(body.email);
    const rotated = await t.http.post('/api/auth/refresh').set('Cookie', a.cookie).expect(200);
    const a2 = refreshCookie(setCookies(rotated));
    await t.http.post('/api/auth/refresh').set('Cookie', a.cookie).expect(401); // replay
    await t.http.post('/api/auth/refresh').set('Cookie', a2).expect(401); // its family is gone
    await t.http.post('/api/auth/refresh').set('Cookie', b.cookie).expect(200); // the other sign-in lives on
  });

  it('logout revokes its own session and leaves the other sign-ins alone', async () => {
    const { body } = await registerFirmAdmin(t);
    const a = await login(body.email);
    const b = await login(body.email);
    await t.http.post('/api/auth/logout').set(bearer(a.accessToken)).set('Cookie', a.cookie).expect(204);
    await t.http.post('/api/auth/refresh').set('Cookie', a.cookie).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', b.cookie).expect(200);
  });
});

describe('password change', () => {
  it('needs the right current password and a policy-conform new one', async () => {
    const { body, accessToken, cookies } = await registerFirmAdmin(t);
    await t.http
      .post('/api/auth/password')
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(401);
    const wrong = await t.http
      .post('/api/auth/password')
      .set(bearer(accessToken))
      .set('Cookie', refreshCookie(cookies))
      .send({ currentPassword: 'not-my-password-1', newPassword: NEW_PASSWORD })
      .expect(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const weak = await t.http
      .post('/api/auth/password')
      .set(bearer(accessToken))
      .send({ currentPassword: PASSWORD, newPassword: 'password123' })
      .expect(400);
    expect(weak.body.details).toEqual([
      { field: 'newPassword', message: expect.stringMatching(/too common/) },
    ]);
    const same = await t.http
      .post('/api/auth/password')
      .set(bearer(accessToken))
      .send({ currentPassword: PASSWORD, newPassword: PASSWORD })
      .expect(400);
    expect(same.body.details[0].field).toBe('newPassword');
    // Nothing changed: the old password and token still work.
    expect((await login(body.email)).status).toBe(200);
    await me(accessToken).expect(200);
  });

  it('ends every other session and every earlier access token, and continues this session with new tokens', async () => {
    const { body, accessToken: tokenA, cookies } = await registerFirmAdmin(t);
    const cookieA = refreshCookie(cookies);
    const b = await login(body.email);
    await me(tokenA).expect(200);
    await me(b.accessToken).expect(200); // both versions are now cached in this process

    const res = await t.http
      .post('/api/auth/password')
      .set(bearer(tokenA))
      .set('Cookie', cookieA)
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(200);
    const tokenA2 = res.body.accessToken as string;
    const cookieA2 = refreshCookie(setCookies(res));
    expect(res.body.user.email).toBe(body.email);
    expect(claims(tokenA2).pwdv).toBeGreaterThan(claims(tokenA).pwdv);

    await me(tokenA).expect(401);
    await me(b.accessToken).expect(401);
    await me(tokenA2).expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', b.cookie).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', cookieA2).expect(200);

    expect((await login(body.email)).status).toBe(401);
    expect((await login(body.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('without a refresh cookie (an API client) ends every session and starts a new one', async () => {
    const { accessToken, cookies } = await registerFirmAdmin(t);
    const res = await t.http
      .post('/api/auth/password')
      .set(bearer(accessToken))
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', refreshCookie(cookies)).expect(401);
    await t.http
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookie(setCookies(res)))
      .expect(200);
  });
});

describe('password reset', () => {
  it('answers an unknown e-mail exactly like a known one, and e-mails only the known one', async () => {
    const { body, user } = await registerFirmAdmin(t);
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.kr`;
    const known = await t.http
      .post('/api/auth/password-reset/request')
      .send({ email: body.email.toUpperCase() })
      .expect(202);
    const other = await t.http.post('/api/auth/password-reset/request').send({ email: unknown }).expect(202);
    expect(other.body).toEqual(known.body);
    expect(known.body.message).toMatch(/If an account exists/);
    expect(other.get('content-type')).toBe(known.get('content-type'));

    expect(await outboxTo(t, unknown)).toEqual([]);
    const [mail] = (await outboxTo(t, body.email)).filter((m) => m.subject.includes('Reset your password'));
    expect(mail.subject).toBe('[Consortium Match] 비밀번호 재설정 / Reset your password');
    const { url, token } = await linkToken(t, body.email, '/reset-password');
    expect(url).toBe(`${PUBLIC_URL}/reset-password?token=${token}`);

    // Only the hash is stored, with a 1-hour expiry; no in-app notification carries the link.
    expect(await t.db.manager.countBy(PasswordToken, { tokenHash: token })).toBe(0);
    const row = await t.db.manager.findOneByOrFail(PasswordToken, { tokenHash: sha256(token) });
    expect(row).toMatchObject({ userId: user.id, purpose: 'reset_password', usedAt: null });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect(await t.db.manager.countBy(Notification, { userId: user.id })).toBe(0);
  });

  it('end to end: the e-mailed link sets a new password once and ends every session', async () => {
    const { body, accessToken, cookies } = await registerFirmAdmin(t);
    await me(accessToken).expect(200);
    await t.http.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
    await t.app.get(OutboxWorker).drain();
    const sent = (await outboxTo(t, body.email)).find((m) => m.subject.includes('Reset your password'))!;
    expect(sent.status).toBe('sent');
    const { token } = await linkToken(t, body.email, '/reset-password');

    const weak = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'qwertyuiop' })
      .expect(400);
    expect(weak.body.details[0].field).toBe('password');
    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(204);
    const again = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'another-passphrase-9' })
      .expect(400);
    expect(again.body.details).toEqual([{ field: 'token', message: expect.any(String) }]);

    await me(accessToken).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', refreshCookie(cookies)).expect(401);
    expect((await login(body.email)).status).toBe(401);
    const signedIn = await login(body.email, NEW_PASSWORD);
    expect(signedIn.status).toBe(200);
    // Opening a link sent to the address proves the address as well.
    expect((await me(signedIn.accessToken).expect(200)).body.emailVerified).toBe(true);
  });

  it('refuses expired tokens, tokens replaced by a newer link, and tokens of another purpose', async () => {
    const { body } = await registerFirmAdmin(t);
    const reset = (token: string) =>
      t.http.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD });

    await t.http.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
    const first = (await linkToken(t, body.email, '/reset-password')).token;
    await t.db.query(
      `UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(first)],
    );
    expect((await reset(first).expect(400)).body.details[0].field).toBe('token');

    await t.http.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
    const second = (await linkToken(t, body.email, '/reset-password')).token;
    await t.http.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
    const third = (await linkToken(t, body.email, '/reset-password')).token;
    expect(new Set([first, second, third]).size).toBe(3);
    await reset(second).expect(400); // only the newest link works

    // A verification token does not reset a password; a reset token neither sets an invited password nor verifies.
    const verify = (await linkToken(t, body.email, '/verify-email')).token;
    await reset(verify).expect(400);
    await t.http.post('/api/auth/set-password').send({ token: third, password: NEW_PASSWORD }).expect(400);
    await t.http.post('/api/auth/verify-email').send({ token: third }).expect(400);
    expect((await login(body.email)).status).toBe(200); // nothing changed so far

    await reset(third).expect(204);
    expect((await login(body.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('is rate-limited per e-mail address, known or not', async () => {
    const email = `bombed-${randomUUID().slice(0, 8)}@example.kr`;
    for (let i = 0; i < 5; i++)
      await t.http.post('/api/auth/password-reset/request').send({ email }).expect(202);
    const limited = await t.http.post('/api/auth/password-reset/request').send({ email }).expect(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(/Too many/),
    });
    await t.http
      .post('/api/auth/password-reset/request')
      .send({ email: `other-${email}` })
      .expect(202);
  });
});

describe('one-time tokens in page URLs', () => {
  it('are stripped before the request logger and the static web server see the request', async () => {
    const seen: string[] = [];
    // Appended last: it sees each request as every middleware after configureApp's does.
    t.app.use((req: { originalUrl: string; url: string }, _res: unknown, next: () => void) => {
      seen.push(`${req.originalUrl} ${req.url}`);
      next();
    });
    await t.http.get('/reset-password?token=SECRET-TOKEN-VALUE').expect(404);
    await t.http.get('/verify-email?token=SECRET-TOKEN-VALUE').expect(404);
    await t.http.get('/firms?token=kept').expect(404);
    expect(seen).toEqual([
      '/reset-password /reset-password',
      '/verify-email /verify-email',
      '/firms?token=kept /firms?token=kept',
    ]);
  });
});

describe('e-mail verification', () => {
  it('sign-up queues a verification link with the account; it verifies once', async () => {
    const { body, user, accessToken } = await registerFirmAdmin(t);
    expect(user.emailVerified).toBe(false);
    const mails = await outboxTo(t, body.email);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Consortium Match] 이메일 주소 확인 / Confirm your e-mail address',
    ]);
    const { url, token } = await linkToken(t, body.email, '/verify-email');
    expect(url).toBe(`${PUBLIC_URL}/verify-email?token=${token}`);
    const row = await t.db.manager.findOneByOrFail(PasswordToken, { tokenHash: sha256(token) });
    expect(row.purpose).toBe('verify_email');
    expect(Math.round((row.expiresAt.getTime() - Date.now()) / 3_600_000)).toBe(48);

    // Unverified accounts are not blocked.
    await me(accessToken).expect(200);
    await t.http.post('/api/auth/verify-email').send({ token }).expect(204);
    const again = await t.http.post('/api/auth/verify-email').send({ token }).expect(400);
    expect(again.body.details[0].field).toBe('token');
    expect((await me(accessToken).expect(200)).body.emailVerified).toBe(true);
    const resend = await t.http.post('/api/auth/verify-email/resend').set(bearer(accessToken)).expect(409);
    expect(resend.body.message).toMatch(/already verified/);
  });

  it('resend needs sign-in, replaces the link, and expired links are refused', async () => {
    const { body, accessToken } = await registerFirmAdmin(t);
    const first = (await linkToken(t, body.email, '/verify-email')).token;
    await t.http.post('/api/auth/verify-email/resend').expect(401);
    const res = await t.http.post('/api/auth/verify-email/resend').set(bearer(accessToken)).expect(202);
    expect(res.body.message).toMatch(/verification link/);
    const second = (await linkToken(t, body.email, '/verify-email')).token;
    expect(second).not.toBe(first);
    await t.http.post('/api/auth/verify-email').send({ token: first }).expect(400);

    await t.db.query(
      `UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(second)],
    );
    await t.http.post('/api/auth/verify-email').send({ token: second }).expect(400);
    expect((await me(accessToken).expect(200)).body.emailVerified).toBe(false);
  });

  it('concurrent sign-ups with one address queue one verification e-mail', async () => {
    const email = `race-${randomUUID().slice(0, 8)}@example.kr`;
    const results = await Promise.all([1, 2, 3].map(() => registerFirmAdmin(t, { email }).catch(() => null)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await outboxTo(t, email)).toHaveLength(1);
  });

  it('counts CLI and demo accounts (createUserAccount) as verified and queues nothing for them', async () => {
    const email = `staff-${randomUUID().slice(0, 8)}@example.kr`;
    await createUserAccount(t.db, { email, password: PASSWORD, name: 'Staff', role: 'staff' });
    const { accessToken } = await login(email);
    expect((await me(accessToken).expect(200)).body.emailVerified).toBe(true);
    expect(await outboxTo(t, email)).toEqual([]);
  });
});

describe('throttling per IP', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ LOGIN_IP_RATE_LIMIT: '3', LOGIN_RATE_LIMIT: '10', SWEEP_INTERVAL_MS: '0' });
  });
  afterAll(() => small?.close());

  it('limits sign-in attempts from one IP across different e-mails, separately from reset requests', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await small.http
        .post('/api/auth/login')
        .send({ email: `spray-${i}@example.kr`, password: 'wrong-password-123' })
        .expect(401);
      expect(res.body.message).toBe('Invalid email or password');
    }
    const limited = await small.http
      .post('/api/auth/login')
      .send({ email: 'spray-9@example.kr', password: 'wrong-password-123' })
      .expect(429);
    expect(limited.body.message).toMatch(/Too many sign-in attempts/);
    // The standard header, not the throttler's per-name `Retry-After-ip`.
    expect(Number(limited.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.get('retry-after-ip')).toBeUndefined();

    // Reset requests have their own per-IP allowance.
    for (let i = 0; i < 3; i++)
      await small.http
        .post('/api/auth/password-reset/request')
        .send({ email: `spray-${i}@example.kr` })
        .expect(202);
    await small.http
      .post('/api/auth/password-reset/request')
      .send({ email: 'spray-9@example.kr' })
      .expect(429);
  });
});

describe('health', () => {
  it('live answers without the database; ready pings it', async () => {
    const live = await t.http.get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'ok' });
    expect(live.get('cache-control')).toMatch(/no-store/);
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect((await t.http.get('/api/health').expect(200)).body.status).toBe('ok');
  });
});

describe('in production', () => {
  const ALLOWED = 'https://app.example.kr';
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      CORS_ORIGINS: ALLOWED,
      SWEEP_INTERVAL_MS: '0',
    });
  });
  afterAll(() => prod?.close());

  it('sends security headers and Secure cookies', async () => {
    const res = await prod.http.get('/api/health/live').expect(200);
    expect(res.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.get('x-content-type-options')).toBe('nosniff');
    expect(res.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.get('referrer-policy')).toBe('no-referrer');
    expect(res.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(res.get('x-powered-by')).toBeUndefined();
    const { cookies } = await registerFirmAdmin(prod);
    expect(cookies.find((c: string) => c.startsWith('cm_refresh='))).toMatch(/;\s*Secure/i);
  });

  it('allows CORS only from CORS_ORIGINS, with credentials', async () => {
    const preflight = (origin: string) =>
      prod.http
        .options('/api/auth/login')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type');
    const ok = await preflight(ALLOWED);
    expect(ok.status).toBeLessThan(300);
    expect(ok.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.get('access-control-allow-credentials')).toBe('true');
    const evil = await preflight('https://evil.example');
    expect(evil.get('access-control-allow-origin')).toBeUndefined();
    const simple = await prod.http.get('/api/health/live').set('Origin', 'https://evil.example').expect(200);
    expect(simple.get('access-control-allow-origin')).toBeUndefined();
  });

  it('does not put a forged Host into reset links (PUBLIC_URL unset)', async () => {
    const { body } = await registerFirmAdmin(prod);
    await prod.http
      .post('/api/auth/password-reset/request')
      .set('Host', 'evil.example')
      .send({ email: body.email })
      .expect(202);
    const forged = await linkToken(prod, body.email, '/reset-password');
    expect(new URL(forged.url).host).toBe('localhost:3000');
    await prod.http.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
    const loopback = await linkToken(prod, body.email, '/reset-password');
    expect(new URL(loopback.url).hostname).toBe('127.0.0.1');
  });

  // Last in this block: it closes the app's connection pool.
  it('answers internal errors and a lost database without stack traces or driver messages; live stays up', async () => {
    const fresh = await registerFirmAdmin(prod); // its token was never checked, so checking it needs the database
    await prod.db.destroy();

    const started = Date.now();
    const ready = await prod.http.get('/api/health/ready').expect(503);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(ready.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The database is unavailable; try again shortly',
    });
    await prod.http.get('/api/health').expect(503);
    await prod.http.get('/api/health/live').expect(200);

    const responses = [
      await prod.http.post('/api/auth/register').send({ ...fresh.body, email: `after-${fresh.body.email}` }),
      await me(fresh.accessToken), // the token check itself fails: a 500, not a misleading 401
      await prod.http.post('/api/auth/password-reset/request').send({ email: fresh.body.email }),
    ];
    const generic = [
      { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side' },
      {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The database is unavailable; try again shortly',
      },
    ];
    for (const res of responses) {
      expect(generic).toContainEqual(res.body); // a 500, or a 503 if the filter counts this as an outage; never a 401
      expect(res.status).toBe(res.body.statusCode);
      expect(res.text).not.toMatch(/stack|pool|select|insert|typeorm|\.ts:|\bat /i);
    }
  });
});
