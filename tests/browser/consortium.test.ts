/**
 * Consortium life cycle against the real server with the demo data (DEMO_DATA=true), three people
 * in three browser contexts: the LG CNS admin (lead, English) creates a consortium for a project
 * whose rules LG CNS + DSPOne satisfy and invites DSPOne; the DSPOne admin (SME, Korean) sees the
 * bell count and the invitation and accepts; the lead submits; program staff (English) start the
 * review, fill the checklist and approve with a reason; the lead sees "Approved" and the reason.
 * Screenshots: tests/browser/screenshots/consortium-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startServer, type TestServer, visible } from './support';

const PASSWORD = 'cm-demo-2026!';
const LEAD = 'large@demo.consortium-match.kr';
const SME = 'sme@demo.consortium-match.kr';
const STAFF = 'staff@demo.consortium-match.kr';
const REASON = 'Complete team: the must-have platform is covered and an SME takes part.';

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

async function api<T>(
  path: string,
  token: string | null,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${server!.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function firmOf(email: string): Promise<{ token: string; firmId: string }> {
  const auth = await api<{ accessToken: string; user: { firmId: string } }>('/api/auth/login', null, {
    method: 'POST',
    body: { email, password: PASSWORD },
  });
  return { token: auth.accessToken, firmId: auth.user.firmId };
}

/**
 * The project of this journey, listed by program staff through the API as staff would: an open smart
 * metering pilot in Viet Nam whose must-haves are LG CNS's city platform and DSPOne's smart metering, with
 * an SME required (the demo catalogue's own open projects ask for other capabilities or have passed their
 * deadlines, which now close them).
 */
async function findProject(): Promise<{ id: string; title: string }> {
  const staff = await firmOf(STAFF);
  const title = `Hue smart metering pilot ${Date.now().toString(36)}`;
  const project = await api<{ id: string; title: string }>('/api/projects', staff.token, {
    method: 'POST',
    body: {
      title,
      countryCode: 'VN',
      city: 'Hue',
      track: 'solution_pilot',
      sectors: ['energy', 'governance'],
      status: 'open',
      submissionDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      requirements: {
        capabilities: [
          { code: 'governance.smart_city_platform', weight: 3, mustHave: true },
          { code: 'energy.smart_metering', weight: 2, mustHave: true },
        ],
        roles: ['lead', 'solution_provider'],
        teamRules: {
          minSmeMembers: 1,
          maxMembers: 4,
          localPartnerRequired: false,
          leadCountryExperience: false,
        },
      },
    },
  });
  const lead = await firmOf(LEAD);
  const sme = await firmOf(SME);
  const report = await api<{ feasible: boolean }>('/api/matching/team-preview', lead.token, {
    method: 'POST',
    body: {
      projectId: project.id,
      members: [
        { firmId: lead.firmId, role: 'lead' },
        { firmId: sme.firmId, role: 'solution_provider' },
      ],
    },
  });
  if (!report.feasible) throw new Error('LG CNS + DSPOne do not satisfy the rules of the journey project');
  return project;
}

async function signIn(page: Page, email: string, korean = false) {
  await page.goto(`${server!.baseUrl}/signin`);
  await page.getByLabel(korean ? '이메일' : 'Email', { exact: true }).fill(email);
  await page.getByLabel(korean ? '비밀번호' : 'Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: korean ? '로그인' : 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, input: ReturnType<Page['getByRole']>, option: string | RegExp) {
  await input.click();
  await page.getByRole('option', { name: option }).first().click();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('consortium', () => {
  it('lead builds and submits, partner accepts, staff approve with a reason, the lead sees it', async () => {
    const project = await findProject();
    const contexts: BrowserContext[] = [];
    const open = async (locale: string) => {
      const { context, page } = await newPage(browser!, locale);
      contexts.push(context);
      return page;
    };
    const lead = await open('en-US');
    const sme = await open('ko-KR');
    const staff = await open('en-US');
    let current = lead;
    try {
      // Lead: "My consortia" → New consortium for the project.
      await signIn(lead, LEAD);
      await lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consortia' }).click();
      await lead.waitForURL('**/consortia');
      await visible(lead.getByRole('heading', { level: 1, name: 'My consortia' }));
      await lead.getByRole('button', { name: 'New consortium' }).click();
      const create = lead.getByRole('dialog', { name: 'New consortium' });
      await visible(create);
      const projectInput = create.getByRole('combobox', { name: 'Project' });
      await projectInput.fill(project.title);
      await lead
        .getByRole('option', { name: new RegExp(`^${escape(project.title)}`) })
        .first()
        .click();
      await create.getByRole('textbox', { name: 'Name' }).fill('Smart Fund Team');
      await shot(lead, 'consortium-01-new-en');
      await create.getByRole('button', { name: 'Create and open' }).click();
      await lead.waitForURL(/\/consortia\/[0-9a-f-]{36}$/);
      const consortiumUrl = lead.url();
      await visible(lead.getByRole('heading', { level: 1, name: 'Smart Fund Team' }));
      expect(await lead.getByTestId('consortium-status').first().textContent()).toBe('Draft');

      // Invite DSPOne from the directory with a role and a message.
      const add = lead.getByRole('region', { name: 'Add member' });
      await add.getByRole('tab', { name: 'Search the directory' }).click();
      await add.getByRole('searchbox', { name: 'Firm name' }).fill('DSPOne');
      await add.getByRole('button', { name: 'Invite DSPOne' }).click();
      const invite = lead.getByRole('dialog', { name: 'Invite a firm' });
      await visible(invite);
      await choose(
        lead,
        invite.getByRole('combobox', { name: 'Role in the consortium' }),
        'Solution provider',
      );
      await invite.getByLabel('Message').fill('Would you join us as the SME solution partner?');
      await invite.getByRole('button', { name: 'Send invitation' }).click();
      await invite.waitFor({ state: 'hidden' });
      const row = lead.getByTestId('members-table').locator('tr', { hasText: 'DSPOne' });
      await visible(row.getByText('Invited'));
      await visible(row.getByText(/^Expires in \d+ days$/));
      const submit = lead.getByRole('button', { name: 'Submit for review' });
      expect(await submit.isDisabled()).toBe(true);
      await visible(lead.getByTestId('readiness-problems').getByText(/invitation\(s\) still pending/));
      await visible(lead.getByTestId('coverage-matrix'));
      await shot(lead, 'consortium-02-builder-en');

      // SME (Korean): the bell shows the invitation, the inbox lists it, accept.
      current = sme;
      await signIn(sme, SME, true);
      const bell = sme.getByTestId('notification-bell');
      await sme.waitForFunction(
        () =>
          Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) >=
          1,
      );
      expect(await bell.getByTestId('unread-count').textContent()).toMatch(/^\d+$/);
      await bell.getByRole('button', { name: /^알림, 읽지 않음 \d+건$/ }).click();
      const popover = sme.getByRole('dialog', { name: '알림' });
      await visible(popover.getByTestId('notification-list'));
      await shot(sme, 'consortium-03-bell-ko');
      await sme.keyboard.press('Escape');
      await sme.goto(`${server!.baseUrl}/invitations`);
      const pending = sme.getByTestId('pending-invitations');
      await visible(pending.getByText('Smart Fund Team'));
      await visible(pending.getByText('“Would you join us as the SME solution partner?”'));
      await visible(pending.getByText(/^\d+일 후 만료$/));
      await shot(sme, 'consortium-04-inbox-ko');
      await pending.getByRole('button', { name: 'Smart Fund Team 수락' }).click();
      await visible(sme.getByTestId('answered-invitations').getByText('Smart Fund Team'));

      // Lead: ready → submit.
      current = lead;
      await lead.goto(consortiumUrl);
      await visible(
        lead.getByTestId('members-table').locator('tr', { hasText: 'DSPOne' }).getByText('Accepted'),
      );
      await visible(lead.getByText('Every check passes. You can submit the consortium for review.'));
      await lead.getByRole('button', { name: 'Submit for review' }).click();
      await lead.getByRole('dialog').getByRole('button', { name: 'Submit for review' }).click();
      await lead.waitForFunction(
        () => document.querySelector('[data-testid="consortium-status"]')?.textContent === 'Submitted',
      );
      await visible(lead.getByTestId('history').locator('[data-type="submitted"]'));
      await shot(lead, 'consortium-05-submitted-en');

      // Staff: review queue → start review → checklist + approve with a reason.
      current = staff;
      await signIn(staff, STAFF);
      await staff
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Review queue' })
        .click();
      await staff.waitForURL('**/consortia');
      await visible(staff.getByRole('heading', { level: 1, name: 'Consortium review queue' }));
      await staff.getByTestId('review-queue').getByRole('link', { name: 'Review Smart Fund Team' }).click();
      await staff.waitForURL(/\/staff\/review\/[0-9a-f-]{36}$/);
      await visible(staff.getByTestId('review-members').getByText('DSPOne'));
      await staff.getByRole('button', { name: 'Start review' }).click();
      const form = staff.locator('form[aria-labelledby="decision-title"]');
      await visible(form);
      for (const item of ['Required capabilities are covered', 'SME participation', 'Eligibility']) {
        await form.getByRole('checkbox', { name: item }).check();
      }
      await form.getByRole('radio', { name: 'Approved' }).check();
      await form.getByRole('button', { name: 'Record decision' }).click();
      await visible(form.getByText('Enter a reason.'));
      await form.getByRole('textbox', { name: /^Reason/ }).fill(REASON);
      await shot(staff, 'consortium-06-review-en');
      await form.getByRole('button', { name: 'Record decision' }).click();
      await staff.getByRole('dialog').getByRole('button', { name: 'Record decision' }).click();
      await staff.waitForFunction(
        () => document.querySelector('[data-testid="consortium-status"]')?.textContent === 'Approved',
      );
      await visible(staff.getByText('Record the outcome'));

      // Lead: sees the decision with its reason and checklist.
      current = lead;
      await lead.reload();
      const decision = lead.getByTestId('decision').first();
      await visible(decision.getByText('Approved'));
      expect(await decision.getByTestId('decision-reason').textContent()).toBe(REASON);
      expect(await decision.locator('[data-key="smeParticipation"]').getAttribute('data-met')).toBe('true');
      expect(await decision.locator('[data-key="localPartner"]').getAttribute('data-met')).toBe('false');
      expect(await lead.getByTestId('consortium-status').first().textContent()).toBe('Approved');
      await shot(lead, 'consortium-07-approved-en');

      // Lead: reports the bid; staff confirm it on the review page.
      const outcomes = lead.getByRole('region', { name: 'Outcome of the bid' });
      await visible(outcomes.getByTestId('outcomes-empty'));
      await choose(lead, outcomes.getByRole('combobox', { name: 'Outcome' }), 'Bid submitted');
      await outcomes.getByRole('button', { name: 'Report to program staff' }).click();
      await visible(outcomes.getByTestId('outcomes').getByText('Waiting for staff'));
      current = staff;
      await staff.reload();
      const staffOutcomes = staff.getByRole('region', { name: 'Outcome of the bid' });
      await staffOutcomes.getByRole('button', { name: 'Confirm' }).click();
      await visible(staffOutcomes.getByTestId('outcomes').getByText('Confirmed'));
      await shot(staff, 'consortium-08-outcome-confirmed-en');
    } catch (error) {
      await shot(current, 'consortium-99-failure').catch(() => {});
      throw new Error(`${String(error)}\n--- server log (tail) ---\n${server!.log().slice(-3000)}`, {
        cause: error,
      });
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
