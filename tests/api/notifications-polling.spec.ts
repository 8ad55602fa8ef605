import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { User } from '@app/auth';
import { EmailOutbox } from '@app/mail';
import { NotificationsService } from '@app/notifications';
import { createTestApp, type TestApp } from '../support/test-app';

// Its own file: this app polls (MAIL_POLL_MS > 0), unlike the default test app.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ MAIL_POLL_MS: '50' });
});
afterAll(() => t?.close());

it('sends queued e-mails on its own every MAIL_POLL_MS', async () => {
  const email = `poll-${randomUUID().slice(0, 8)}@example.kr`;
  const { identifiers } = await t.db.manager.insert(User, { email, name: 'Yoon Jiho', role: 'staff' });
  await t.db.transaction((tx) =>
    t.app.get(NotificationsService).notifyUsers(tx, [identifiers[0].id as string], {
      type: 'consortium_submitted',
      title: { en: 'A consortium was submitted', ko: '컨소시엄이 제출되었습니다' },
      body: { en: 'Please review it.', ko: '검토해 주세요.' },
    }),
  );
  const deadline = Date.now() + 10_000;
  let row = await t.db.manager.findOneByOrFail(EmailOutbox, { toAddress: email });
  while (row.status !== 'sent' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    row = await t.db.manager.findOneByOrFail(EmailOutbox, { toAddress: email });
  }
  expect(row).toMatchObject({
    status: 'sent',
    attempts: 0,
    subject: '[Consortium Match] 컨소시엄이 제출되었습니다 / A consortium was submitted',
  });
});
