import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../../lib/api/types';
import { sessionStore } from '../../../lib/auth/session';
import i18n from '../../../lib/i18n';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { ProjectDetail } from '../api/types';
import { issykKulDetail, taxonomy } from '../test/fixtures';
import { ProjectDetailPage } from './ProjectDetailPage';

function renderDetail(detail: (req: Request) => Response = () => json(200, issykKulDetail)) {
  const mock = mockFetch({
    [`GET /api/projects/${issykKulDetail.id}`]: detail,
    'GET /api/taxonomy': () => json(200, taxonomy),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <Routes>
      <Route path="/projects/:id" element={<ProjectDetailPage />} />
    </Routes>,
    { route: `/projects/${issykKulDetail.id}` },
  );
  return mock;
}

describe('ProjectDetailPage', () => {
  it('marks must-have capabilities with an icon and the word, shows weights, roles, team rules and the source', async () => {
    renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: issykKulDetail.title })).toBeTruthy();

    const capabilities = screen.getByRole('region', { name: 'Required capabilities' });
    const masterPlan = await within(capabilities).findByText('Smart city master plan');
    const mustChip = masterPlan.closest('[data-must-have]')!;
    expect(mustChip.getAttribute('data-must-have')).toBe('true');
    expect(mustChip.textContent).toContain('Must-have');
    expect(mustChip.textContent).toContain('Weight 3/3');
    expect(mustChip.querySelector('svg')).toBeTruthy();

    const optional = within(capabilities).getByText('Feasibility study').closest('[data-must-have]')!;
    expect(optional.getAttribute('data-must-have')).toBe('false');
    expect(optional.textContent).not.toContain('Must-have');
    expect(optional.textContent).toContain('Weight 2/3');
    // Grouped under their domain labels.
    expect(within(capabilities).getByText('Urban planning & development')).toBeTruthy();
    expect(within(capabilities).getByText('Tourism & culture')).toBeTruthy();
    expect(capabilities.querySelectorAll('[data-must-have="true"]')).toHaveLength(2);

    expect(screen.getByText('Lead / project manager')).toBeTruthy();
    const rules = screen.getByTestId('team-rules').textContent;
    expect(rules).toContain('At least 1 SME');
    expect(rules).toContain('Up to 5 members');
    expect(rules).toContain('Local partner required');
    expect(rules).toContain('Lead needs experience in the country');
    // Rules the financing implies, the one staff set for this project, and where they come from.
    expect(rules).toContain('Korean lead required');
    expect(rules).toContain('Firms based abroad only as: ');
    expect(rules).not.toContain('At least half of the members based in Korea');
    expect(
      screen.getByTestId('team-rules').querySelector('[data-rule="koreanLead"]')!.textContent,
    ).not.toContain('set for this project');
    expect(screen.getByTestId('team-rule-sources').textContent).toBe(
      'From the financing and program: K-City Network grant',
    );
    expect(screen.getByTestId('source-note').textContent).toBe(
      'Source: 2022 K-City Network press release, line 49',
    );
    expect(screen.getByText('Grant selection')).toBeTruthy();
    expect(screen.getByText('K-City Network grant')).toBeTruthy();
    // No deadline: a rolling intake, said so.
    expect(screen.getByText('Rolling intake (no deadline stated)')).toBeTruthy();
    // No amount: the original budget text.
    expect(screen.getByText('KRW 300-500 million per project')).toBeTruthy();
  });

  it('formats an amount for the locale with the original text beside it (Korean)', async () => {
    await i18n.changeLanguage('ko');
    const withAmount: ProjectDetail = {
      ...issykKulDetail,
      budget: { amount: 2_500_000, currency: 'USD', text: 'USD 2.5 million loan' },
    };
    renderDetail(() => json(200, withAmount));
    expect(await screen.findByRole('heading', { level: 1, name: issykKulDetail.titleKo! })).toBeTruthy();
    expect(screen.getByTestId('budget-amount').textContent).toBe('US$2,500,000');
    expect(screen.getByTestId('budget-original').textContent).toBe('원문: USD 2.5 million loan');
    const capabilities = screen.getByRole('region', { name: '요구 역량' });
    expect(
      (await within(capabilities).findByText('스마트도시 기본계획')).closest('[data-must-have]')!.textContent,
    ).toContain('필수');
    expect(screen.getByTestId('team-rules').textContent).toContain('중소기업 최소 1곳');
    expect(screen.getByTestId('team-rules').textContent).toContain('한국 기업 주관 필수');
    expect(screen.getByTestId('team-rule-sources').textContent).toBe('재원·사업 기준: K-City 네트워크 지원');
  });

  it('lets staff override the financing rules; others do not see the form', async () => {
    renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: issykKulDetail.title })).toBeTruthy();
    expect(screen.queryByTestId('team-rule-overrides')).toBeNull();
  });

  it('sends the overrides with the version read when staff save them', async () => {
    const staff = {
      id: 'u-staff',
      email: 'staff@example.kr',
      emailVerified: true,
      name: 'Park Staff',
      role: 'staff',
      firmId: null,
      permissions: ['project:read', 'project:write'],
      firm: null,
      locale: 'en',
      emailNotifications: true,
    } satisfies User;
    sessionStore.setSession('token', staff);
    let sent: unknown = null;
    const mock = mockFetch({
      [`GET /api/projects/${issykKulDetail.id}`]: () => json(200, issykKulDetail),
      'GET /api/taxonomy': () => json(200, taxonomy),
      [`PATCH /api/projects/${issykKulDetail.id}`]: async (req) => {
        sent = await req.json();
        return json(200, { ...issykKulDetail, version: 2 });
      },
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    renderWithProviders(
      <Routes>
        <Route path="/projects/:id" element={<ProjectDetailPage />} />
      </Routes>,
      { route: `/projects/${issykKulDetail.id}` },
    );
    const form = await screen.findByTestId('team-rule-overrides');
    fireEvent.click(within(form).getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      version: issykKulDetail.version,
      requirements: {
        teamRules: { koreanLead: null, koreanMajority: false, foreignRolesAllowed: null, minSmeMembers: 1 },
      },
    });
  });

  it('shows a friendly not-found state with a link back on 404', async () => {
    renderDetail(() => json(404, { statusCode: 404, error: 'Not Found', message: 'Project not found' }));
    expect(await screen.findByRole('heading', { name: 'Project not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse all projects' }).getAttribute('href')).toBe('/projects');
  });
});
