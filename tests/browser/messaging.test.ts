/**
 * Firm-to-firm messaging against the real server with demo data: the LG CNS admin (English) contacts
 * DSPOne from its profile; the DSPOne admin (Korean) accepts the request under /messages and replies
 * with markup; the lead sees the unread count and the reply as plain text. Then the lead publishes a
 * partner request through the form, DSPOne finds it under "fits my firm" and replies; the reply reaches the
 * lead as a contact request.
 * Screenshots: tests/browser/screenshots/messaging-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

const PASSWORD = 'cm-demo-2026!';
const LEAD = 'large@demo.consortium-match.kr';
const SME = 'sme@demo.consortium-match.kr';

let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer({ demoData: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

async function signIn(page: Page, email: string, korean: boolean) {
  await page.goto(`${server!.baseUrl}/signin`);
  await page.getByLabel(korean ? '이메일' : 'Email', { exact: true }).fill(email);
  await page.getByLabel(korean ? '비밀번호' : 'Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: korean ? '로그인' : 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function firmIdOf(email: string): Promise<string> {
  const res = await fetch(`${server!.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return ((await res.json()) as { user: { firmId: string } }).user.firmId;
}

describe('messaging', () => {
  it('contact request from a profile → accepted in Korean → reply read as plain text with an unread count', async () => {
    const dspone = await firmIdOf(SME);
    const contexts: BrowserContext[] = [];
    try {
      const { context: c1, page: lead } = await newPage(browser!, 'en-US');
      const { context: c2, page: sme } = await newPage(browser!, 'ko-KR');
      contexts.push(c1, c2);

      await signIn(lead, LEAD, false);
      await lead.goto(`${server!.baseUrl}/firms/${dspone}`);
      await lead.getByTestId('contact-firm').click();
      const dialog = lead.getByRole('dialog', { name: /^Contact / });
      await visible(dialog);
      await dialog.getByLabel('Message').fill('LG CNS here — can we discuss smart metering for Hue?');
      await shot(lead, 'messaging-01-contact-en');
      await dialog.getByRole('button', { name: 'Send request' }).click();
      await visible(lead.getByTestId('contact-sent'));

      await signIn(sme, SME, true);
      await sme.goto(`${server!.baseUrl}/messages?tab=requests`);
      const request = sme.getByTestId('contact-request').filter({ hasText: 'smart metering for Hue' });
      await visible(request);
      await shot(sme, 'messaging-02-requests-ko');
      await request.getByRole('button', { name: '수락하고 대화 시작' }).click();
      await visible(sme.getByTestId('message').filter({ hasText: 'smart metering for Hue' }));
      await sme.getByLabel('메시지 입력').fill('<b>좋습니다</b> — 월요일 10시에 통화해요.');
      await sme.getByRole('button', { name: '보내기' }).click();
      await visible(sme.getByTestId('message').filter({ hasText: '월요일 10시' }));
      await shot(sme, 'messaging-03-thread-ko');

      await lead.goto(`${server!.baseUrl}/messages`);
      const link = lead.getByTestId('thread-link').filter({ hasText: 'DSPOne' });
      await visible(link.getByLabel('1 unread'));
      await link.click();
      const reply = lead.getByTestId('message').filter({ hasText: '월요일 10시' });
      await visible(reply);
      expect(await reply.textContent()).toContain('<b>좋습니다</b>');
      expect(await reply.locator('b').count()).toBe(0);
      await shot(lead, 'messaging-04-reply-en');
    } finally {
      for (const c of contexts) await c.close().catch(() => {});
    }
  });

  it('partner request: published through the form, found by a fitting firm in Korean, answered as a contact request', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const { context: c1, page: lead } = await newPage(browser!, 'en-US');
      const { context: c2, page: sme } = await newPage(browser!, 'ko-KR');
      contexts.push(c1, c2);

      await signIn(lead, LEAD, false);
      await lead.goto(`${server!.baseUrl}/partner-requests`);
      await lead.getByRole('button', { name: 'Publish a partner request' }).click();
      const form = lead.getByRole('dialog', { name: 'Publish a partner request' });
      await visible(form);
      await form
        .getByLabel('What partner do you seek?')
        .fill('AMI partner for a Vietnamese smart-energy pilot');
      await form
        .getByLabel('Details')
        .fill('We lead the bid and need a smart metering provider with pilots in Asia.');
      await form.getByLabel('Capabilities sought').fill('metering');
      await lead
        .getByRole('option', { name: /metering/i })
        .first()
        .click();
      await lead.keyboard.press('Escape');
      await shot(lead, 'partner-01-new-en');
      await form.getByRole('button', { name: 'Publish' }).click();
      await form.waitFor({ state: 'hidden' });
      await visible(lead.getByTestId('partner-request').filter({ hasText: 'AMI partner for a Vietnamese' }));

      await signIn(sme, SME, true);
      await sme.goto(`${server!.baseUrl}/partner-requests?fitsMe=true`);
      const card = sme.getByTestId('partner-request').filter({ hasText: 'AMI partner for a Vietnamese' });
      await visible(card);
      await shot(sme, 'partner-02-fits-ko');
      await card.getByRole('button', { name: '답장' }).click();
      const reply = sme.getByRole('dialog', { name: /에 답장$/ });
      await reply.getByLabel('메시지').fill('디에스피원입니다. 호찌민 AMI 실증 경험이 있습니다.');
      await reply.getByRole('button', { name: '답장 보내기' }).click();
      await visible(card.getByTestId('reply-sent'));

      await lead.goto(`${server!.baseUrl}/messages?tab=requests`);
      const incoming = lead.getByTestId('contact-request').filter({ hasText: '호찌민 AMI' });
      await visible(incoming);
      expect(await incoming.textContent()).toContain('Re: AMI partner for a Vietnamese smart-energy pilot');
    } finally {
      for (const c of contexts) await c.close().catch(() => {});
    }
  });
});
