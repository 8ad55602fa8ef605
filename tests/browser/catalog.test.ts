/**
 * Project catalog against the real server with the demo data (DEMO_DATA=true): sign in as
 * the LG CNS firm admin → Projects → program chip "K-City Network 2022" (10) → country
 * Kyrgyzstan → search "Issyk-Kul" → project detail (must-haves, source) → English/Korean →
 * CSV download → countries → not-found. Screenshots: tests/browser/screenshots/catalog-*.png.
 */
import { readFileSync } from 'node:fs';
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

/** Toggles a facet chip by clicking its label (the checkbox itself is visually hidden). */
async function toggleChip(page: Page, name: string) {
  const input = page.getByRole('checkbox', { name, exact: true });
  await input.waitFor({ state: 'attached' });
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

async function total(page: Page, text: string) {
  await visible(page.getByTestId('catalog-total').filter({ hasText: new RegExp(`^${text}$`) }));
}

const results = (page: Page) =>
  page.getByRole('list', { name: /Search results|검색 결과/ }).locator(':scope > li');

describe('project catalog', () => {
  it('filters by program and country, opens a project, switches language, downloads CSV', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    try {
      await page.goto(`${server!.baseUrl}/signin`);
      await page.getByLabel('Email', { exact: true }).fill('large@demo.consortium-match.kr');
      await page.getByLabel('Password', { exact: true }).fill('cm-demo-2026!');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');

      // Projects: every demo project, facet chips with counts.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
      await page.waitForURL('**/projects');
      await visible(page.getByRole('heading', { level: 1, name: 'Overseas smart-city projects' }));
      await total(page, '345 projects');
      await shot(page, 'catalog-01-list-en');

      // Program chip → 10 K-City Network 2022 projects, chip selected, URL holds the filter.
      await toggleChip(page, 'K-City Network 2022, 10 projects');
      await page.waitForURL((url) => url.searchParams.getAll('program').includes('K-City Network 2022'));
      await total(page, '10 projects');
      expect(await results(page).count()).toBe(10);
      expect(await page.getByRole('checkbox', { name: 'K-City Network 2022, 10 projects' }).isChecked()).toBe(
        true,
      );
      await shot(page, 'catalog-02-program-kcity');

      // Country chip (counts are computed with the program filter applied) → the Issyk-Kul project.
      await toggleChip(page, 'Kyrgyzstan, 1 project');
      await page.waitForURL((url) => url.searchParams.get('country') === 'KG');
      await total(page, '1 project');
      await shot(page, 'catalog-03-country-kg');

      // The search box submits to the URL after a pause.
      await page.getByRole('searchbox', { name: 'Search projects' }).fill('Issyk-Kul');
      await page.waitForURL((url) => url.searchParams.get('q') === 'Issyk-Kul');
      await total(page, '1 project');
      const link = results(page).getByRole('link', { name: /Issyk-Kul lake area/ });
      await visible(link);
      await shot(page, 'catalog-04-search-issyk-kul');

      // Project detail: must-have requirements marked, team rules, source note.
      await link.click();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      await visible(page.getByRole('heading', { level: 1, name: /Issyk-Kul lake area/ }));
      const capabilities = page.getByRole('region', { name: 'Required capabilities' });
      const mustHaves = capabilities.locator('[data-must-have="true"]');
      await visible(mustHaves.first());
      expect(await mustHaves.count()).toBe(2);
      expect(await mustHaves.allTextContents()).toEqual([
        expect.stringMatching(/Smart city master plan.*Must-have.*Weight 3\/3/),
        expect.stringMatching(/Must-have.*Weight 3\/3/),
      ]);
      await visible(page.getByTestId('team-rules').getByText('At least 1 SME'));
      await visible(page.getByTestId('team-rules').getByText('Lead needs experience in the country'));
      expect(await page.getByTestId('source-note').textContent()).toBe(
        'Source: 2022 K-City Network press release, line 49',
      );
      await shot(page, 'catalog-05-detail-en');

      // Korean: the title, labels and must-have marks change language.
      await page
        .getByRole('radiogroup', { name: 'Language / 언어' })
        .locator('label', { hasText: '한국어' })
        .click();
      await visible(page.getByRole('heading', { level: 1, name: /이식쿨/ }));
      const capabilitiesKo = page.getByRole('region', { name: '요구 역량' });
      await visible(capabilitiesKo.getByText('필수', { exact: true }).first());
      expect(await page.getByRole('region', { name: 'Required capabilities' }).count()).toBe(0);
      expect(await page.getByTestId('source-note').textContent()).toBe(
        '출처: 2022 K-City Network press release, line 49',
      );
      await visible(page.getByText('중소기업 최소 1곳'));
      await shot(page, 'catalog-06-detail-ko');

      // Back to the filtered list (the URL kept the filters), now in Korean.
      await page.goBack();
      await page.waitForURL(
        (url) => url.pathname === '/projects' && url.searchParams.get('country') === 'KG',
      );
      await total(page, '프로젝트 1건');
      expect(await page.getByRole('checkbox', { name: '키르기스스탄, 프로젝트 1건' }).isChecked()).toBe(true);

      // CSV with the current filters, fetched with the bearer token and saved from a Blob.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV 내려받기' }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(csv).toHaveLength(2);
      expect(csv[1]).toContain('Issyk-Kul');
      await shot(page, 'catalog-07-list-ko');

      // Clear everything: the empty search and filters show the whole catalog again.
      await page.getByRole('button', { name: '필터 모두 해제' }).click();
      await total(page, '프로젝트 345건');
    } catch (error) {
      await shot(page, 'catalog-99-failure').catch(() => {});
      throw new Error(`${String(error)}\n--- server log (tail) ---\n${server!.log().slice(-3000)}`, {
        cause: error,
      });
    } finally {
      await context.close();
    }
  });

  it('shows the countries table linking to the filtered catalog, and a friendly not-found page', async () => {
    const { context, page } = await newPage(browser!, 'ko-KR');
    try {
      await page.goto(`${server!.baseUrl}/signin`);
      await page.getByLabel('이메일', { exact: true }).fill('large@demo.consortium-match.kr');
      await page.getByLabel('비밀번호', { exact: true }).fill('cm-demo-2026!');
      await page.getByRole('button', { name: '로그인', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');

      // Countries is in the header's "More" menu on a 1280 px screen (six sections are shown inline).
      await page
        .getByRole('navigation', { name: /Main|주 메뉴|메인/ })
        .getByRole('button', { name: /더 보기/ })
        .first()
        .click();
      await page.getByRole('menuitem', { name: '국가별 현황' }).click();
      await visible(page.getByRole('heading', { level: 1, name: '국가별 현황' }));
      const firstRow = page.getByRole('row').nth(1);
      await visible(firstRow.getByRole('link', { name: /스페인 프로젝트 29건 보기/ }));
      // Sort by name (ascending, Korean collation).
      await page.getByRole('button', { name: /^국가/ }).click();
      expect(await page.getByRole('columnheader', { name: /^국가/ }).getAttribute('aria-sort')).toBe(
        'ascending',
      );
      await shot(page, 'catalog-08-countries-ko');

      await page.getByRole('link', { name: /키르기스스탄 프로젝트 \d+건 보기/ }).click();
      await page.waitForURL(
        (url) => url.pathname === '/projects' && url.searchParams.get('country') === 'KG',
      );
      await total(page, '프로젝트 1건');

      await page.goto(`${server!.baseUrl}/projects/00000000-0000-4000-8000-000000000000`);
      await visible(page.getByRole('heading', { name: '프로젝트를 찾을 수 없습니다' }));
      await shot(page, 'catalog-09-not-found-ko');
      await page.getByRole('link', { name: '전체 프로젝트 보기' }).click();
      await page.waitForURL((url) => url.pathname === '/projects');
    } catch (error) {
      await shot(page, 'catalog-98-failure').catch(() => {});
      throw new Error(`${String(error)}\n--- server log (tail) ---\n${server!.log().slice(-3000)}`, {
        cause: error,
      });
    } finally {
      await context.close();
    }
  });
});
