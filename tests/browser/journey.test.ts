/**
 * Browser journey against the real server: sign-up → dashboard → language switch →
 * sign-out → sign-in, plus inline validation. Starts `node dist/apps/api/src/main.js`
 * itself (run `npm run build` first) and drives Debian's Chromium via playwright-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

let server: TestServer | undefined;
let browser: Browser | undefined;

async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

async function pickOption(page: Page, comboboxName: string, optionName: string) {
  await page.getByRole('combobox', { name: comboboxName, exact: true }).click();
  await page.getByRole('option', { name: optionName, exact: true }).click();
}

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const account = {
  name: '김민지',
  email: `journey-${unique}@example.com`,
  password: 'correct-horse-battery-staple',
  firmName: `Seoul Smart Mobility ${unique}`,
  firmNameKo: '서울스마트모빌리티',
};

beforeAll(async () => {
  server = await startServer({ demoData: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

describe('web journey', () => {
  it('sign up → dashboard → switch language → sign out → sign in again', async () => {
    const { context, page } = await newPage(browser!, 'ko-KR');
    try {
      // Unauthenticated: / redirects to the sign-in page, in Korean for a Korean browser.
      await page.goto(`${server!.baseUrl}/`);
      await page.waitForURL('**/signin');
      await visible(page.getByRole('heading', { name: '로그인', exact: true }));
      expect(await htmlLang(page)).toBe('ko');
      await shot(page, '01-signin-ko');

      // Go to sign-up and fill the form using the Korean labels.
      await page.getByRole('link', { name: '회원가입' }).click();
      await page.waitForURL('**/signup');
      await visible(page.getByRole('heading', { name: '회원가입', exact: true }));
      await page.getByLabel('이름', { exact: true }).fill(account.name);
      await page.getByLabel('이메일', { exact: true }).fill(account.email);
      await page.getByLabel('비밀번호', { exact: true }).fill(account.password);
      await page.getByLabel('기업명 (영문)', { exact: true }).fill(account.firmName);
      await page.getByLabel('기업명 (국문, 선택)', { exact: true }).fill(account.firmNameKo);
      await pickOption(page, '기업 규모', '스타트업');
      await pickOption(page, '기업 유형', '서비스·솔루션형');
      // Home country defaults to KR (대한민국).
      expect(await page.getByRole('combobox', { name: '본사 소재국', exact: true }).inputValue()).toBe(
        '대한민국',
      );
      await shot(page, '02-signup-filled-ko');
      await page.getByRole('button', { name: '가입하기' }).click();

      // Dashboard with the firm card, status pending.
      await page.waitForURL((url) => url.pathname === '/');
      const firmCardKo = await visible(page.getByRole('region', { name: '내 기업' }));
      await visible(firmCardKo.getByText(account.firmName, { exact: true }));
      await visible(firmCardKo.getByText(account.firmNameKo, { exact: true }));
      await visible(firmCardKo.getByText('스타트업', { exact: true }));
      await visible(firmCardKo.getByText('서비스·솔루션형', { exact: true }));
      expect(await firmCardKo.locator('[data-status]').getAttribute('data-status')).toBe('pending');
      expect(await firmCardKo.locator('[data-status]').textContent()).toBe('인증 대기');
      await visible(
        page.getByText(`${account.name} · 기업 관리자`).or(page.getByText(`${account.name} · 기업 회원`)),
      );
      await shot(page, '03-dashboard-ko');

      // Switch to English with the keyboard: focus the radio group and press the arrow key.
      await page
        .getByRole('radiogroup', { name: 'Language / 언어' })
        .getByRole('radio', { name: '한국어' })
        .focus();
      await page.keyboard.press('ArrowRight');
      const firmCardEn = await visible(page.getByRole('region', { name: 'My firm' }));
      expect(await page.getByRole('region', { name: '내 기업' }).count()).toBe(0);
      expect(await firmCardEn.locator('[data-status]').textContent()).toBe('Pending verification');
      await visible(firmCardEn.getByText('Startup', { exact: true }));
      expect(await htmlLang(page)).toBe('en');
      expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
      await shot(page, '04-dashboard-en');

      // Sign out → sign-in page (the language choice sticks).
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/signin');
      await visible(page.getByRole('heading', { name: 'Sign in', exact: true }));
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);

      // Wrong password first: the form says so and stays put.
      await page.getByLabel('Email', { exact: true }).fill(account.email);
      await page.getByLabel('Password', { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await visible(page.getByRole('alert').getByText('Invalid email or password.'));
      await shot(page, '05-signin-wrong-password-en');

      // Sign in again with the same credentials → dashboard again.
      await page.getByLabel('Password', { exact: true }).fill(account.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');
      const again = await visible(page.getByRole('region', { name: 'My firm' }));
      await visible(again.getByText(account.firmName, { exact: true }));
      await shot(page, '06-dashboard-after-signin-en');

      // A reload restores the session from the httpOnly refresh cookie (the access token is memory-only).
      expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/eyJ|accessToken/);
      await page.reload();
      await visible(page.getByRole('region', { name: 'My firm' }));
      expect(await htmlLang(page)).toBe('en');
    } catch (error) {
      await shot(page, '99-journey-failure').catch(() => {});
      throw new Error(`${String(error)}\n--- server log (tail) ---\n${server!.log().slice(-3000)}`, {
        cause: error,
      });
    } finally {
      await context.close();
    }
  });

  it('shows inline errors for a too-short password without calling the API', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    const registerCalls: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/api/auth/register')) registerCalls.push(req.url());
    });
    try {
      await page.goto(`${server!.baseUrl}/signup`);
      await visible(page.getByRole('heading', { name: 'Create an account', exact: true }));
      expect(await htmlLang(page)).toBe('en');
      await page.getByLabel('Full name', { exact: true }).fill('Short Password');
      await page.getByLabel('Email', { exact: true }).fill(`short-${unique}@example.com`);
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByLabel('Firm name (English)', { exact: true }).fill('Short Co');
      await pickOption(page, 'Firm size', 'Small / medium enterprise');
      await pickOption(page, 'Firm type', 'Finance & support');
      await page.getByRole('button', { name: 'Create account' }).click();

      await visible(page.getByText('Password must be at least 10 characters.'));
      const password = page.getByLabel('Password', { exact: true });
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      // The error is announced with the input (aria-describedby → error element).
      const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate(
        (ids) =>
          ids
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        describedBy,
      );
      expect(described).toContain('Password must be at least 10 characters.');
      await shot(page, '07-signup-short-password');
      expect(new URL(page.url()).pathname).toBe('/signup');
      expect(registerCalls).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the server’s duplicate-email error next to the email field', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    try {
      await page.goto(`${server!.baseUrl}/signup`);
      await visible(page.getByRole('heading', { name: 'Create an account', exact: true }));
      await page.getByLabel('Full name', { exact: true }).fill('Someone Else');
      await page.getByLabel('Email', { exact: true }).fill(account.email);
      await page.getByLabel('Password', { exact: true }).fill('another-long-password');
      await page.getByLabel('Firm name (English)', { exact: true }).fill(`Other Firm ${unique}`);
      await pickOption(page, 'Firm size', 'Large enterprise');
      await pickOption(page, 'Firm type', 'Urban planning & development type');
      await page.getByRole('button', { name: 'Create account' }).click();

      const email = page.getByLabel('Email', { exact: true });
      await page.waitForFunction(
        () => document.querySelector('input[name="email"]')?.getAttribute('aria-invalid') === 'true',
        undefined,
        { timeout: 15_000 },
      );
      const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
      const described = await page.evaluate(
        (ids) =>
          ids
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        describedBy,
      );
      expect(described).toMatch(/already registered/i);
      await shot(page, '08-signup-duplicate-email');
      expect(new URL(page.url()).pathname).toBe('/signup');
    } finally {
      await context.close();
    }
  });
});
