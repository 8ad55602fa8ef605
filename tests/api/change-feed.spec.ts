import request from 'supertest';
import { firstValueFrom, filter, take, timeout } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '@app/config';
import { CHANGE_FEED_APPLICATION, ChangeFeed } from '@app/database';
import { FirmEvents } from '@app/firms';
import { ProjectEvents } from '@app/projects';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../apps/api/src/boot';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

/** Two app instances in one process on ONE database: what one changes, the other hears through LISTEN/NOTIFY. */

let a: TestApp;
let b: NestExpressApplication;
let bHttp: ReturnType<typeof request>;
beforeAll(async () => {
  a = await createTestApp({ SWEEP_INTERVAL_MS: '0', LOGIN_IP_RATE_LIMIT: '1000' });
  const url = (a.db.options as { url: string }).url;
  b = await createApp({
    env: loadEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      MAIL_POLL_MS: '0',
      SWEEP_INTERVAL_MS: '0',
      LOGIN_IP_RATE_LIMIT: '1000',
      CHANGE_FEED_CHECK_MS: '200',
    }),
    databaseUrl: url,
    jwtSecret: TEST_JWT_SECRET,
    embedded: false,
  });
  await b.init();
  bHttp = request(b.getHttpServer());
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const within = <T>(source: import('rxjs').Observable<T>, ms = 1000, match: (v: T) => boolean = () => true) =>
  firstValueFrom(source.pipe(filter(match), take(1), timeout(ms)));

describe('change feed between instances', () => {
  it('re-emits a firm change made on A as FirmEvents on B, and A ignores its own notice', async () => {
    const id = '00000000-0000-4000-8000-00000000f001';
    const onB = within(b.get(FirmEvents).changed$, 1000, (e) => e.firmId === id);
    const heardOnA: string[] = [];
    const stop = a.app.get(ChangeFeed).onNotice((n) => heardOnA.push(n.id));
    const started = Date.now();
    a.app.get(FirmEvents).emit(id);
    await expect(onB).resolves.toEqual({ firmId: id });
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(heardOnA).not.toContain(id);
  });

  it('re-emits project edits as ProjectEvents.changed$ but never published$ (notices are sent once)', async () => {
    const id = '00000000-0000-4000-8000-00000000a001';
    let published = 0;
    const sub = b.get(ProjectEvents).published$.subscribe(() => published++);
    const onB = within(b.get(ProjectEvents).changed$, 1000, (e) => e.projectId === id);
    a.app.get(ProjectEvents).emitPublished({ projectId: id, createdById: 'x' });
    await expect(onB).resolves.toEqual({ projectId: id });
    sub.unsubscribe();
    expect(published).toBe(0);
  });

  it('refuses on B, within 1 s, the access token that a password change on A replaced', async () => {
    const { accessToken, body } = await registerFirmAdmin(a);
    await bHttp.get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    await a.http
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ currentPassword: PASSWORD, newPassword: 'busan-harbour-ferry-88' })
      .expect(200);
    const changed = Date.now();
    let status = 200;
    while (Date.now() - changed < 1000) {
      status = (await bHttp.get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`)).status;
      if (status === 401) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
    expect(body.email).toBeTruthy();
  });

  it('reconnects after losing its connection and resyncs (notices sent meanwhile are not lost)', async () => {
    const feed = b.get(ChangeFeed);
    const resynced = within(b.get(FirmEvents).resync$, 5000);
    await a.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [CHANGE_FEED_APPLICATION],
    );
    // Both instances' listeners are cut; a change made meanwhile reaches B by the resync.
    a.app.get(FirmEvents).emit('00000000-0000-4000-8000-00000000f002');
    await expect(resynced).resolves.toBeUndefined();
    expect(feed.isListening).toBe(true);
  });

  it('resyncs a kind whose change_versions counter moved without a notice (the periodic check)', async () => {
    const resynced = within(b.get(ProjectEvents).resync$, 2000);
    await a.db.query(`UPDATE change_versions SET version = version + 1 WHERE kind = 'project'`);
    await expect(resynced).resolves.toBeUndefined();
  });
});
