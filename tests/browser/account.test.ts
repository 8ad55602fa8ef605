/**
 * Account pages and saved-search alerts against the real server with the demo data:
 * - signed out, the firm admin asks for a reset on /reset-password (Korean UI), follows the link
 *   from the outbox e-mail, chooses a new password and signs in with it;
 * - on /projects they save a search (in-app alerts); staff publish a matching project; the alert
 *   shows on /notifications.
 * Screenshots: tests/browser/screenshots/account-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, outboxTo, shot, startServer, type TestServer, visible } from './support';

let server: TestServer | undefined;
let browser: Browser | undefined;

const EMAIL = 'large@demo.consortium-match.kr';
const NEW_PASSWORD = `new-harbour-${Date.now().toString(36)}`;
const unique = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  server = await startServer({ demoData: true });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('account pages and saved searches', () => {
  it('resets the password from the e-mailed link, saves a search and gets the alert', async () => {
    const { page } = await newPage(browser!, 'ko-KR');
    const base = server!.baseUrl;

    await page.goto(`${base}/signin`);
    await page.getByRole('link', { name: '비밀번호를 잊으셨나요?' }).click();
    await page.waitForURL((u) => u.pathname === '/reset-password');
    await page.getByLabel('이메일', { exact: true }).fill(EMAIL);
    await page.getByRole('button', { name: '재설정 링크 보내기' }).click();
    await visible(page.getByText('메일을 확인하세요'));

    const [mail] = await outboxTo(server!, EMAIL);
    const link = /https?:\/\/\S+\/reset-password\?token=[\w%-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeTruthy();
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, base));
    await page.getByLabel('새 비밀번호', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('새 비밀번호 확인', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '비밀번호 저장' }).click();
    await visible(page.getByText(/비밀번호가 저장되었습니다/));
    await shot(page, 'account-reset-done');

    await page.goto(`${base}/signin`);
    await page.getByLabel('이메일', { exact: true }).fill(EMAIL);
    await page.getByLabel('비밀번호', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '로그인', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');

    await page.goto(`${base}/projects?q=${unique}`);
    await page.getByRole('button', { name: '이 검색 저장' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('이름', { exact: true }).fill(`알림 ${unique}`);
    await dialog.getByRole('button', { name: '저장', exact: true }).click();
    await visible(page.getByText('검색을 저장했습니다', { exact: false }));

    // Staff publish a project the search matches.
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.consortium-match.kr', password: 'cm-demo-2026!' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${base}/api/projects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        title: `Tashkent bus lanes ${unique}`,
        titleKo: `타슈켄트 버스 전용차로 ${unique}`,
        countryCode: 'UZ',
        track: 'solution_pilot',
        sectors: ['transport'],
        status: 'open',
      }),
    });
    expect(created.status).toBe(201);

    await page.goto(`${base}/notifications`);
    await visible(
      page.getByRole('link', {
        name: `저장한 검색 "알림 ${unique}"에 맞는 사업: 타슈켄트 버스 전용차로 ${unique}`,
      }),
      20_000,
    );
    await shot(page, 'account-notifications');

    await page.goto(`${base}/settings`);
    await visible(page.getByRole('link', { name: `알림 ${unique}` }));
    await shot(page, 'account-settings');
  }, 180_000);
});
