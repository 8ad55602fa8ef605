/**
 * Firms against the real server with the demo data (DEMO_DATA=true):
 * - the DSPOne firm admin opens My firm → Edit, adds a capability through the taxonomy picker
 *   (searching in Korean: "신호"), saves, adds a solution and a track record, and sees all of them
 *   on the profile (in Korean);
 * - program staff reject one newly registered firm (a reason is required) and approve another;
 * - the rejected firm sees the reason on its dashboard and profile.
 * Screenshots: tests/browser/screenshots/firms-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

let server: TestServer | undefined;
let browser: Browser | undefined;

const PASSWORD = 'cm-demo-2026!';
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const toReject = {
  email: `reject-${unique}@example.com`,
  password: 'reject-me-password-1',
  firm: `Aaron Signal Works ${unique}`,
};
const toApprove = {
  email: `approve-${unique}@example.com`,
  password: 'approve-me-password-1',
  firm: `Abel Smart Grid ${unique}`,
};
const solutionName = `DSP 스마트 신호 컨트롤러 ${unique}`;
const projectTitle = `Hanoi adaptive signal pilot ${unique}`;

/** Registers a new account + firm through the API: the firm starts as pending verification. */
async function registerFirm(account: typeof toReject) {
  const res = await fetch(`${server!.baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Browser Test',
      email: account.email,
      password: account.password,
      firm: { name: account.firm, size: 'startup', type: 'service_solution', homeCountry: 'KR' },
    }),
  });
  if (res.status !== 201) throw new Error(`register ${account.email}: ${res.status} ${await res.text()}`);
}

async function signIn(
  page: Page,
  email: string,
  password: string,
  labels: { email: string; password: string; submit: string },
) {
  await page.goto(`${server!.baseUrl}/signin`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const KO = { email: '이메일', password: '비밀번호', submit: '로그인' };
const EN = { email: 'Email', password: 'Password', submit: 'Sign in' };

/** Picks an option of a Mantine Select/MultiSelect: type to search, then click the option. */
async function pick(page: Page, label: string, search: string, option: string) {
  const input = page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }));
  await input.first().click();
  if (search) await input.first().fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

function failWithLog(error: unknown): never {
  throw new Error(`${String(error)}\n--- server log (tail) ---\n${server?.log().slice(-3000)}`, {
    cause: error,
  });
}

beforeAll(async () => {
  server = await startServer({ demoData: true });
  browser = await launchBrowser();
  await registerFirm(toReject);
  await registerFirm(toApprove);
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

describe('firms', () => {
  it('firm admin adds a capability (searched in Korean), a solution and a track record, and sees them on the profile', async () => {
    const { context, page } = await newPage(browser!, 'ko-KR');
    try {
      await signIn(page, 'sme@demo.consortium-match.kr', PASSWORD, KO);

      // Dashboard card → the firm's profile.
      const card = await visible(page.getByRole('region', { name: '내 기업' }));
      await card.getByRole('link', { name: '내 기업 프로필 보기 / 수정' }).click();
      await page.waitForURL(/\/firms\/[0-9a-f-]{36}$/);
      const profileUrl = page.url();
      await visible(page.getByRole('heading', { level: 1, name: '디에스피원' }));
      expect(await page.locator('[aria-current="step"]').getAttribute('data-step')).toBe('B2');
      await visible(page.getByRole('heading', { name: '다음 단계로 가는 데 도움이 되는 사업' }));
      await shot(page, 'firms-01-profile-before-ko');

      // Edit → capabilities tab: search in Korean, tick, choose a level, save.
      await page.getByRole('link', { name: '기업 정보 수정' }).click();
      await page.waitForURL(/\/edit$/);
      await visible(page.getByRole('heading', { level: 1, name: '기업 정보 수정' }));
      await shot(page, 'firms-02-edit-profile-ko');
      await page.getByRole('tab', { name: /^역량/ }).click();
      await page.getByLabel('역량 찾기', { exact: true }).fill('신호');
      const signal = page.getByRole('checkbox', { name: '스마트 신호제어' });
      await visible(signal);
      expect(await page.getByRole('checkbox', { name: '원격검침(AMI)' }).count()).toBe(0);
      await signal.check();
      await page
        .getByRole('radiogroup', { name: '스마트 신호제어 수준' })
        .getByText('선도', { exact: true })
        .click();
      await shot(page, 'firms-03-capability-picker-ko');
      await page.getByRole('button', { name: '역량 저장' }).click();
      await visible(page.getByText('역량을 저장했습니다 (4개).'));
      await visible(page.getByRole('tab', { name: '역량 (4)' }));

      // Solutions tab: add a solution in the modal.
      await page.getByRole('tab', { name: /^솔루션/ }).click();
      await page.getByRole('button', { name: '솔루션 추가' }).click();
      const dialog = await visible(page.getByRole('dialog', { name: '솔루션 추가' }));
      await dialog.getByLabel('솔루션 이름', { exact: true }).fill(solutionName);
      await dialog
        .getByLabel('설명', { exact: true })
        .fill('교차로 신호를 교통량에 맞춰 실시간으로 제어합니다.');
      await pick(page, '관련 역량', '신호', '스마트 신호제어');
      await page.keyboard.press('Escape');
      await pick(page, '성숙도', '', '실증 완료');
      const certifications = dialog.getByLabel('인증', { exact: true });
      await certifications.fill('ISO 27001');
      await certifications.press('Enter');
      await dialog.getByRole('button', { name: '적용 사례지 추가' }).click();
      await pick(page, '국가 (사례지 1)', '베트남', '베트남');
      await dialog.getByLabel('도시 (사례지 1)', { exact: true }).fill('Hanoi');
      await dialog.getByLabel('연도 (사례지 1)', { exact: true }).fill('2024');
      await shot(page, 'firms-04-solution-modal-ko');
      await dialog.getByRole('button', { name: '솔루션 저장' }).click();
      await dialog.waitFor({ state: 'detached' });
      await visible(page.getByTestId('solution-card').filter({ hasText: solutionName }));

      // Track record tab: a project with a contract value.
      await page.getByRole('tab', { name: /^해외 실적/ }).click();
      await page.getByRole('button', { name: '사업 추가' }).click();
      const recordDialog = await visible(page.getByRole('dialog', { name: '해외 사업 추가' }));
      await recordDialog.getByLabel('사업명', { exact: true }).fill(projectTitle);
      await pick(page, '국가', '베트남', '베트남');
      await recordDialog.getByLabel('도시', { exact: true }).fill('Hanoi');
      await recordDialog.getByLabel('연도', { exact: true }).fill('2024');
      await pick(page, '역할', '', '솔루션 공급');
      await recordDialog.getByLabel('계약 금액 (금액)', { exact: true }).fill('1250000');
      await recordDialog.getByRole('button', { name: '사업 저장' }).click();
      await recordDialog.waitFor({ state: 'detached' });
      await visible(page.getByTestId('track-records').getByText(projectTitle));
      await shot(page, 'firms-05-track-records-ko');

      // The profile shows the new capability, solution and project (money formatted for Korean).
      await page.getByRole('link', { name: '기업 프로필 보기' }).click();
      await page.waitForURL(profileUrl);
      const capabilities = await visible(page.getByRole('region', { name: '역량' }));
      await visible(capabilities.getByText('스마트 신호제어', { exact: true }));
      const solutions = page.getByRole('region', { name: '솔루션' });
      await visible(solutions.getByText(solutionName));
      await visible(solutions.getByText('실증 완료'));
      const records = page.getByRole('region', { name: '해외 실적' });
      await visible(records.getByText(projectTitle));
      await visible(records.getByText('US$1,250,000'));
      await shot(page, 'firms-06-profile-after-ko');
    } catch (error) {
      await shot(page, 'firms-99-admin-failure').catch(() => {});
      failWithLog(error);
    } finally {
      await context.close();
    }
  });

  it('staff reject a firm with a reason (required) and approve another; the firm sees the reason', async () => {
    const { context, page } = await newPage(browser!, 'en-US');
    try {
      await signIn(page, 'staff@demo.consortium-match.kr', PASSWORD, EN);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Verification queue' })
        .click();
      await page.waitForURL('**/staff/verification');
      await visible(page.getByRole('heading', { level: 1, name: 'Verification queue' }));
      await visible(page.getByText(toReject.firm, { exact: true }));
      await visible(page.getByText(toApprove.firm, { exact: true }));
      await shot(page, 'firms-07-queue-en');

      // Reject: an empty reason is refused inline; then a real reason.
      await page.getByRole('button', { name: `Reject ${toReject.firm}` }).click();
      const dialog = await visible(page.getByRole('dialog', { name: 'Reject firm' }));
      await dialog.getByRole('button', { name: 'Reject firm' }).click();
      await visible(dialog.getByText('Enter a reason for the firm.'));
      expect(await dialog.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
      await shot(page, 'firms-08-reject-needs-reason-en');
      await dialog.getByLabel('Reason').fill('The business registration certificate is missing.');
      await dialog.getByRole('button', { name: 'Reject firm' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(toReject.firm, { exact: true }).waitFor({ state: 'detached' });

      // Approve the other one.
      await page.getByRole('button', { name: `Approve ${toApprove.firm}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Verify', exact: true }).click();
      await page.getByText(toApprove.firm, { exact: true }).waitFor({ state: 'detached' });
      await visible(page.getByText(/No firms waiting for verification/));
      await shot(page, 'firms-09-queue-empty-en');

      // The approved firm is now in the directory for everyone.
      await page.goto(`${server!.baseUrl}/firms?q=${encodeURIComponent(toApprove.firm)}`);
      await visible(page.getByTestId('firm-result').getByText(toApprove.firm, { exact: true }));
    } catch (error) {
      await shot(page, 'firms-99-staff-failure').catch(() => {});
      failWithLog(error);
    } finally {
      await context.close();
    }

    // The rejected firm's admin sees the reason on the dashboard and on the profile.
    const firm = await newPage(browser!, 'en-US');
    try {
      await signIn(firm.page, toReject.email, toReject.password, EN);
      const card = await visible(firm.page.getByRole('region', { name: 'My firm' }));
      await visible(card.getByText('Reason: The business registration certificate is missing.'));
      await card.getByRole('link', { name: 'View / edit my firm profile' }).click();
      await visible(
        firm.page.getByTestId('rejection-reason').getByText(/business registration certificate is missing/),
      );
      await shot(firm.page, 'firms-10-rejected-profile-en');
    } catch (error) {
      await shot(firm.page, 'firms-99-rejected-failure').catch(() => {});
      failWithLog(error);
    } finally {
      await firm.context.close();
    }
  });

  it('directory: Korean search, sample badge, hide-samples switch in the URL', async () => {
    const { context, page } = await newPage(browser!, 'ko-KR');
    try {
      await signIn(page, 'large@demo.consortium-match.kr', PASSWORD, KO);
      await page
        .getByRole('navigation', { name: '주 메뉴' })
        .getByRole('link', { name: '기업 찾기' })
        .click();
      await page.waitForURL('**/firms');
      await visible(page.getByRole('heading', { level: 1, name: '기업 찾기' }));
      await visible(page.getByTestId('firm-result').first());
      // Sample firms are hidden by default.
      expect(await page.getByTestId('sample-badge').count()).toBe(0);
      await shot(page, 'firms-11-directory-ko');

      await page.getByLabel('기업 검색', { exact: true }).fill('디에스피원');
      await page.getByRole('button', { name: '검색', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === '디에스피원');
      await visible(page.getByTestId('firm-result').getByRole('link', { name: '디에스피원' }));

      await page.getByLabel('기업 검색', { exact: true }).fill('');
      await page.getByRole('button', { name: '검색', exact: true }).click();
      await page.getByRole('switch', { name: '샘플 기업 숨기기' }).click();
      await page.waitForURL((url) => url.searchParams.get('samples') === '1');
      await visible(page.getByTestId('sample-badge').first());
      await shot(page, 'firms-12-directory-with-samples-ko');
    } catch (error) {
      await shot(page, 'firms-99-directory-failure').catch(() => {});
      failWithLog(error);
    } finally {
      await context.close();
    }
  });
});
