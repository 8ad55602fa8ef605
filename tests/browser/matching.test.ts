/**
 * Matching against the real server with the demo data (DEMO_DATA=true): sign in as the LG CNS firm
 * admin → "Projects for you" on the dashboard → search "Madiun" → the K-City Network 2022 smart
 * streetlight project → matching firms with scores, one breakdown expanded → suggested consortia
 * (coverage matrix, rule badges) → Korean. Screenshots: tests/browser/screenshots/matching-*.png.
 */
import type { Browser } from 'playwright-core';
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

describe('matching', () => {
  it('recommends projects, ranks firms with explained scores and suggests consortia', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    try {
      await page.goto(`${server!.baseUrl}/signin`);
      await page.getByLabel('Email', { exact: true }).fill('large@demo.consortium-match.kr');
      await page.getByLabel('Password', { exact: true }).fill('cm-demo-2026!');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');

      // Dashboard: "Projects for you" with at least one card (score bar + link to the project).
      const forYou = page.getByRole('region', { name: 'Projects for you' });
      await visible(forYou);
      const cards = forYou.getByTestId('project-match-card');
      await visible(cards.first());
      expect(await cards.count()).toBeGreaterThanOrEqual(1);
      expect(await cards.count()).toBeLessThanOrEqual(5);
      await visible(cards.first().getByRole('progressbar', { name: /^Fit score [\d.]+ out of 100$/ }));
      expect(await cards.first().getByRole('link').first().getAttribute('href')).toMatch(
        /^\/projects\/[0-9a-f-]{36}$/,
      );
      await shot(page, 'matching-01-dashboard-en');

      // Find the Madiun smart streetlight project (K-City Network 2022).
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
      await page.waitForURL('**/projects');
      await page.getByRole('searchbox', { name: 'Search projects' }).fill('Madiun');
      await page.waitForURL((url) => url.searchParams.get('q') === 'Madiun');
      const link = page
        .getByRole('list', { name: 'Search results' })
        .getByRole('link', { name: /smart streetlights/i });
      await visible(link);
      await link.click();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      await visible(page.getByRole('heading', { level: 1, name: /smart streetlights/i }));

      // Matching firms: ranked rows with a score, one breakdown expanded by keyboard.
      const firms = page.getByRole('region', { name: 'Matching firms' });
      const rows = firms.getByTestId('firm-match');
      await visible(rows.first());
      expect(await rows.count()).toBeGreaterThanOrEqual(3);
      expect(await rows.count()).toBeLessThanOrEqual(10);
      const firstBar = rows.first().getByRole('progressbar', { name: /^Fit score [\d.]+ out of 100$/ });
      const firstScore = Number(await firstBar.getAttribute('aria-valuenow'));
      expect(firstScore).toBeGreaterThan(0);
      const secondScore = Number(await rows.nth(1).getByRole('progressbar').getAttribute('aria-valuenow'));
      expect(firstScore).toBeGreaterThanOrEqual(secondScore);
      const control = rows.first().getByRole('button', { name: /Why this score\?/ });
      await control.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="firm-match"] button[aria-expanded="true"]') !== null,
      );
      const breakdown = rows.first().getByTestId('match-breakdown');
      await visible(breakdown);
      const parts = breakdown.getByTestId('score-parts');
      await visible(
        parts.locator('[data-part="capabilities"]').filter({ hasText: /Capabilities[\d.]+ \/ 50/ }),
      );
      await visible(parts.locator('[data-part="ladder"]').filter({ hasText: /Export ladder[\d.]+ \/ 5/ }));
      const streetlight = breakdown
        .getByTestId('requirement-breakdown')
        .locator('tr[data-code="energy.smart_streetlight"]');
      await visible(streetlight);
      expect(await streetlight.textContent()).toMatch(/Smart streetlight.*Must-have/i);
      expect(await streetlight.textContent()).toMatch(/Covered|Not covered/);
      await shot(page, 'matching-02-firms-en');

      // Suggested consortia, led by my firm: progress text, then teams with a coverage matrix and rule badges.
      const consortia = page.getByRole('region', { name: 'Suggested consortia' });
      expect(await consortia.getByRole('switch', { name: 'With my firm as lead' }).isChecked()).toBe(true);
      await consortia.getByRole('button', { name: 'Suggest consortia' }).click();
      const matrix = consortia.getByTestId('coverage-matrix').first();
      await visible(matrix, 30_000);
      expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
      await visible(matrix.locator('tr[data-must-have="true"]').first());
      const rules = consortia.getByTestId('rule-checks').first();
      await visible(rules.locator('[data-rule="must_haves"]'));
      expect(await rules.locator('[data-rule]').allTextContents()).toContainEqual(
        expect.stringMatching(/^(Passed|Failed|Not required)/),
      );
      const card = consortia.getByTestId('consortium-card').first();
      await visible(card.getByTestId('lead-badge'));
      expect(await card.getByTestId('team-members').locator('li').first().textContent()).toContain('LG CNS');
      expect((await card.getByTestId('team-explanation').textContent())?.length).toBeGreaterThan(20);
      await consortia.scrollIntoViewIfNeeded();
      await shot(page, 'matching-03-consortia-en');

      // Korean: section titles, rule badges and the explanation switch language.
      await page
        .getByRole('radiogroup', { name: 'Language / 언어' })
        .locator('label', { hasText: '한국어' })
        .click();
      await visible(page.getByRole('heading', { name: '적합 기업' }));
      const consortiaKo = page.getByRole('region', { name: '추천 컨소시엄' });
      await visible(consortiaKo.getByTestId('coverage-matrix').first().getByText('역량 충족표'));
      await visible(
        consortiaKo
          .getByTestId('rule-checks')
          .first()
          .getByText(/충족|미충족|요구 없음/)
          .first(),
      );
      await shot(page, 'matching-04-project-ko');
    } catch (error) {
      await shot(page, 'matching-99-failure').catch(() => {});
      throw new Error(`${String(error)}\n--- server log (tail) ---\n${server!.log().slice(-3000)}`, {
        cause: error,
      });
    } finally {
      await context.close();
    }
  });
});
