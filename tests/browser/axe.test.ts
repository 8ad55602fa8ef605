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
  if (role === 'anon') return ['/signin', '/signup'];
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
  const me = await api<{ firmId: string | null }>('/api/auth/me');
  const pages = [
    '/',
    '/projects',
    `/projects/${projects.items[0].id}`,
    '/countries',
    '/firms',
    `/firms/${firms.items[0].id}`,
    '/consortia',
  ];
  if (me.firmId) pages.push(`/firms/${me.firmId}/edit`, '/invitations');
  if (role === 'staff' || role === 'admin') {
    pages.push(
      '/staff/verification',
      '/staff/dashboard',
      '/staff/projects/new',
      '/staff/projects/import',
      `/staff/projects/${projects.items[0].id}/edit`,
    );
  }
  return pages;
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
            const result = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            for (const v of result.violations) {
              if (v.impact !== 'serious' && v.impact !== 'critical') continue;
              found.push(
                `${path} ${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
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
