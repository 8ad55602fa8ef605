/**
 * Staff project editor and import against the real server with the demo data: sign in as staff →
 * Projects → New project (requirements editor) → saved project → edit in two tabs (the second save
 * is a stale-version conflict with a reload) → the unsaved-changes guard → import a CSV (preview,
 * confirm, all rows added). Screenshots: tests/browser/screenshots/staff-projects-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

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

async function signInAsStaff(page: Page, korean = false) {
  await page.goto(`${server!.baseUrl}/signin`);
  await page.getByLabel(korean ? '이메일' : 'Email', { exact: true }).fill('staff@demo.consortium-match.kr');
  await page.getByLabel(korean ? '비밀번호' : 'Password', { exact: true }).fill('cm-demo-2026!');
  await page.getByRole('button', { name: korean ? '로그인' : 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('staff project editor and import', () => {
  it('creates a project with requirements, edits it, and shows a conflict when another tab saved first', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    try {
      await signInAsStaff(page);
      await page.goto(`${server!.baseUrl}/projects`);
      await page.getByRole('link', { name: 'New project' }).click();
      await page.waitForURL('**/staff/projects/new');
      await visible(page.getByRole('heading', { level: 1, name: 'New project' }));

      await page.getByLabel('Title (English)').fill('Browser-made smart lighting pilot');
      await page.getByLabel('Title (Korean)').fill('브라우저로 만든 스마트 조명 시범사업');
      await page
        .getByLabel(/^Country/)
        .first()
        .fill('Viet');
      await page.getByRole('option', { name: 'Vietnam', exact: true }).click();
      await page
        .getByLabel(/^Track/)
        .first()
        .click();
      await page.getByRole('option').first().click();
      await page
        .getByLabel(/^Sectors/)
        .first()
        .click();
      await page.getByRole('option').first().click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Add a capability' }).click();
      await page.getByLabel('Capability 1').first().click();
      await page.getByRole('option').first().click();
      await page.getByText('Must-have', { exact: true }).click();
      await shot(page, 'staff-projects-01-new');
      await page.getByRole('button', { name: 'Create project' }).click();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Browser-made smart lighting pilot' }));
      const projectUrl = page.url();

      // Two tabs edit the same version; the second save is refused with a reload offer.
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await page.waitForURL('**/edit');
      const other = await context.newPage();
      await other.goto(page.url());
      await visible(other.getByLabel('City'));
      await other.getByLabel('City').fill('Da Nang');
      await other.getByRole('button', { name: 'Save changes' }).click();
      await other.waitForURL(projectUrl);

      await page.getByLabel('City').fill('Hue');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await visible(page.getByText('Someone else saved this project'));
      await shot(page, 'staff-projects-02-conflict');
      await page.getByRole('button', { name: 'Reload the project' }).click();
      await expect.poll(() => page.getByLabel('City').inputValue()).toBe('Da Nang');

      // Unsaved changes: leaving by a link asks first; dismissing keeps the page.
      await page.getByLabel('City').fill('Hoi An');
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.getByRole('link', { name: 'Back to the project' }).click();
      expect(new URL(page.url()).pathname).toMatch(/\/edit$/);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL(projectUrl);
      await visible(page.getByText('Hoi An'));
    } finally {
      await context.close();
    }
  });

  it('imports a CSV: preview with counts, confirm, every row added', async () => {
    const { context, page } = await newPage(browser!, 'ko-KR');
    try {
      await signInAsStaff(page, true);
      await page.goto(`${server!.baseUrl}/staff/projects/import`);
      await visible(page.getByRole('heading', { level: 1, name: '프로젝트 가져오기' }));
      const csv =
        '\uFEFFtitle,title_ko,country,track,sectors,submission_deadline,capabilities\r\n' +
        'Imported bus rapid transit study,간선급행버스 타당성 조사,PH,master_plan,transport,2027-06-30,planning.feasibility_study:3!\r\n' +
        'Imported flood sensor pilot,홍수 센서 시범사업,ID,solution_pilot,environment,rolling,\r\n';
      await page.locator('input[type="file"]').setInputFiles({
        name: 'pipeline.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await visible(page.getByTestId('import-summary'));
      await expect.poll(() => page.getByTestId('import-row').count()).toBe(2);
      await shot(page, 'staff-projects-03-import-preview');
      await page.getByRole('button', { name: '프로젝트 2건 가져오기' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '프로젝트 2건 가져오기' }).click();
      await visible(page.getByText('프로젝트 2건을 추가했습니다.'));
      await page.goto(`${server!.baseUrl}/projects?q=${encodeURIComponent('Imported flood sensor')}`);
      await visible(page.getByText('홍수 센서 시범사업').first());
    } finally {
      await context.close();
    }
  });
});
