import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { projectMatches, taxonomy } from '../features/matching/test/fixtures';
import type { User } from '../lib/api/types';
import { sessionStore } from '../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../test/render';
import { HomeRoute } from './HomeRoute';

const FIRM = '5b0e1c1e-2f5d-4d7b-9a51-0f7e2c1d9b11';

const pendingUser: User = {
  id: 'u1',
  email: 'kim@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Kim Minji',
  role: 'firm_admin',
  firmId: FIRM,
  permissions: ['profile:read-own', 'firm:read', 'firm:update-own'],
  firm: {
    id: FIRM,
    name: 'Seoul Smart Mobility',
    nameKo: null,
    size: 'startup',
    type: 'service_solution',
    homeCountry: 'KR',
    verificationStatus: 'pending',
    verificationReason: null,
  },
};

const staffUser: User = {
  ...pendingUser,
  id: 'u2',
  role: 'staff',
  firmId: null,
  firm: null,
  permissions: ['consortium:review'],
};

function renderHome(user: User) {
  sessionStore.setSession('token', user);
  const mock = mockFetch({
    'GET /api/auth/me': () => json(200, user),
    'GET /api/taxonomy': () => json(200, taxonomy),
    [`GET /api/firms/${FIRM}/project-matches`]: () =>
      json(
        200,
        projectMatches({
          firmId: FIRM,
          items: [],
          note: {
            code: 'firm_not_verified',
            en: 'Matches appear once your firm is verified.',
            ko: '기업 인증 후 추천이 표시됩니다.',
          },
        }),
      ),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(<HomeRoute />);
  return mock;
}

describe('Home: Projects for you', () => {
  it('shows the "not verified yet" note as an info alert for an unverified firm', async () => {
    renderHome(pendingUser);
    const section = await screen.findByRole('region', { name: 'Projects for you' });
    const note = await within(section).findByTestId('match-note');
    expect(note.textContent).toContain('Matches appear once your firm is verified.');
    expect(
      within(section).getByRole('link', { name: 'Complete your firm profile' }).getAttribute('href'),
    ).toBe(`/firms/${FIRM}/edit`);
  });

  it('is not shown to users without a firm', async () => {
    const mock = renderHome(staffUser);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Projects for you' })).toBeNull();
    expect(mock.calls.some((r) => r.url.includes('project-matches'))).toBe(false);
  });
});
