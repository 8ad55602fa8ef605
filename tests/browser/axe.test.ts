/**
 * Accessibility sweep with axe-core: every page, signed out and as each demo role, in Korean and
 * English. Serious and critical violations (colour contrast included) fail the test, listed by page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startServer, type TestServer } from './support';

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

const PASSWORD = 'cm-demo-2026!';
const ROLES = {
  anon: null,
  firm_admin: 'large@demo.consortium-match.kr',
  staff: 'staff@demo.consortium-match.kr',
  admin: 'admin@demo.consortium-match.kr',
} as const;
type RoleName = keyof typeof ROLES;

async function signIn(page: Page, email: string) {
  const res = await page.request.post(`${server!.baseUrl}/api/auth/login`, {
    data: { email, password: PASSWORD },
  });
  expect(res.status()).toBe(200);
}

/** The pages each role can open (ids read from the API as that user). */
async function pagesFor(page: Page, role: RoleName): Promise<string[]> {
  // The e-mailed-link pages without a token show their "link is invalid" state.
  if (role === 'anon') return ['/signin', '/signup', '/reset-password', '/set-password', '/verify-email'];
  const api = async <T>(path: string): Promise<T> => {
    const token = (await (await page.request.post(`${server!.baseUrl}/api/auth/refresh`)).json()) as {
      accessToken: string;
      user: { firmId: string | null };
    };
    const res = await page.request.get(`${server!.baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token.accessToken}` },
    });
    return (await res.json()) as T;
  };
  const projects = await api<{ items: { id: string }[] }>('/api/projects?limit=1');
  const firms = await api<{ items: { id: string }[] }>('/api/firms?limit=1');
  const me = await api<{ firmId: string | null; permissions: string[] }>('/api/auth/me');
  const pages = [
    '/',
    '/projects',
    `/projects/${projects.items[0].id}`,
    '/countries',
    '/firms',
    `/firms/${firms.items[0].id}`,
    '/consortia',
    '/partner-requests',
    '/programs',
    '/notifications',
    '/settings',
  ];
  if (me.firmId) pages.push(`/firms/${me.firmId}/edit`, '/invitations');
  if (me.permissions.includes('message:write-own')) pages.push('/messages');
  if (role === 'staff' || role === 'admin') {
    pages.push(
      '/staff/verification',
      '/staff/dashboard',
      '/staff/projects/new',
      '/staff/projects/import',
      `/staff/projects/${projects.items[0].id}/edit`,
    );
  }
  if (me.permissions.includes('claim:review')) pages.push('/staff/claims');
  if (me.permissions.includes('user:manage')) pages.push('/admin/users', '/admin/audit');
  return pages;
}

/** " [#868e96 on #ffffff, 3.3:1]" for a colour-contrast node, "" otherwise. */
function contrastOf(node: { any: { id: string; data?: unknown }[] }): string {
  const data = node.any.find((c) => c.id === 'color-contrast')?.data as
    { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  return data?.fgColor ? ` [${data.fgColor} on ${data.bgColor}, ${data.contrastRatio}:1]` : '';
}

describe('axe: no serious or critical violations', () => {
  for (const role of Object.keys(ROLES) as RoleName[]) {
    for (const locale of ['ko-KR', 'en-US']) {
      it(`${role}, ${locale}`, async () => {
        const { context, page } = await newPage(browser!, locale);
        const found: string[] = [];
        try {
          const email = ROLES[role];
          if (email) await signIn(page, email);
          for (const path of await pagesFor(page, role)) {
            await page.goto(`${server!.baseUrl}${path}`);
            await page.waitForLoadState('networkidle');
            await page
              .waitForFunction(() => !document.querySelector('[role="status"][aria-label]'), undefined, {
                timeout: 5_000,
              })
              .catch(() => {});
            // The page itself was checked, not a redirect or a blank error screen.
            const landed = new URL(page.url()).pathname;
            const headings = await page.locator('h1').count();
            if (landed !== path || headings === 0) {
              found.push(`${path} not rendered (landed on ${landed}, ${headings} h1)`);
            }
            const result = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            for (const v of result.violations) {
              if (v.impact !== 'serious' && v.impact !== 'critical') continue;
              found.push(
                `${path} ${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
                  .slice(0, process.env.AXE_ALL_NODES ? undefined : 3)
                  .map((n) => `${n.target.join(' ')}${contrastOf(n)}`)
                  .join(' | ')}`,
              );
            }
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});
