/**
 * User text containing markup renders as text (OWASP API8 / XSS): a firm registered with script and
 * image-handler payloads in its names shows them literally on the dashboard and nothing executes.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startServer({ demoData: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

const FIRM = '<script>window.__xss = 1</script>Evil Corp';
const FIRM_KO = '<img src=x onerror="window.__xss = 2">악성기업';
const PERSON = '<b onmouseover="window.__xss = 3">Mallory</b>';

describe('output encoding', () => {
  it('shows markup from user input as text and runs none of it', async () => {
    const email = `xss-${Date.now()}@example.com`;
    const register = await fetch(`${server!.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        password: 'harbour-lights-2026',
        name: PERSON,
        firm: { name: FIRM, nameKo: FIRM_KO, size: 'sme', type: 'service_solution', homeCountry: 'KR' },
      }),
    });
    expect(register.status).toBe(201);

    const { page } = await newPage(browser!, 'en-US');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server!.baseUrl}/signin`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill('harbour-lights-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await visible(page.getByText(FIRM, { exact: true }));
    await visible(page.getByText(FIRM_KO, { exact: true }));
    await page
      .getByText(/Mallory/)
      .first()
      .hover();
    await shot(page, 'security-output-encoding');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('script:has-text("__xss")').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
