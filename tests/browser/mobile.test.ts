/**
 * 390 px (a phone): the header and the pages fit without horizontal scrolling, signed in as staff
 * (the longest navigation) in Korean, and the navigation is reachable through the "Menu" button.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shot, startServer, type TestServer, visible } from './support';

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

describe('390 px layout', () => {
  it('has no horizontal scroll on the main pages and a working menu', async () => {
    const context = await browser!.newContext({ locale: 'ko-KR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const login = await page.request.post(`${server!.baseUrl}/api/auth/login`, {
        data: { email: 'staff@demo.consortium-match.kr', password: 'cm-demo-2026!' },
      });
      expect(login.status()).toBe(200);
      const wide: string[] = [];
      for (const path of [
        '/',
        '/projects',
        '/countries',
        '/firms',
        '/consortia',
        '/staff/projects/new',
        '/staff/projects/import',
      ]) {
        await page.goto(`${server!.baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client + 1) wide.push(`${path}: ${scroll}px content in ${client}px`);
      }
      await shot(page, 'mobile-01-import-ko');
      expect(wide).toEqual([]);
      await page.getByRole('button', { name: /메뉴/ }).click();
      await page.getByRole('menuitem', { name: '프로젝트' }).click();
      await page.waitForURL('**/projects');
      await visible(page.getByRole('heading', { level: 1 }));
    } finally {
      await context.close();
    }
  });
});
