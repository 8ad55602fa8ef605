import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SessionGate } from './App';
import type { User } from './lib/api/types';
import { AppRoutes } from './routes/AppRoutes';
import { json, mockFetch, renderWithProviders } from './test/render';

const firmUser: User = {
  id: 'u1',
  email: 'kim@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Kim Minji',
  role: 'firm_admin',
  firmId: 'f1',
  permissions: ['profile:read-own', 'firm:read', 'firm:update-own'],
  firm: {
    id: 'f1',
    name: 'Seoul Smart Mobility',
    nameKo: '서울스마트모빌리티',
    size: 'startup',
    type: 'service_solution',
    homeCountry: 'VN',
    verificationStatus: 'rejected',
    verificationReason: 'Business registration certificate is unreadable',
  },
};

const staffUser: User = {
  id: 'u2',
  email: 'staff@example.com',
  emailVerified: true,
  locale: 'ko' as const,
  emailNotifications: true,
  name: 'Park Staff',
  role: 'staff',
  firmId: null,
  permissions: ['profile:read-own', 'firm:read', 'firm:verify', 'consortium:review'],
  firm: null,
};

function renderApp(route: string, me: User | null) {
  const mock = mockFetch({
    'POST /api/auth/refresh': () =>
      me
        ? json(200, { accessToken: 'access', user: me })
        : json(401, { statusCode: 401, error: 'Unauthorized', message: 'No session' }),
    'GET /api/auth/me': () => json(200, me),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(
    <SessionGate>
      <AppRoutes />
    </SessionGate>,
    { route },
  );
  return mock;
}

describe('App', () => {
  it('restores no session and redirects / to the sign-in page', async () => {
    const { calls } = renderApp('/', null);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(calls[0].method).toBe('POST');
    expect(new URL(calls[0].url).pathname).toBe('/api/auth/refresh');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('shows the firm card with translated enums and the rejection reason for a firm user', async () => {
    renderApp('/', firmUser);
    const card = await screen.findByRole('region', { name: 'My firm' });
    expect(within(card).getByText('Seoul Smart Mobility')).toBeTruthy();
    expect(within(card).getByText('서울스마트모빌리티')).toBeTruthy();
    expect(within(card).getByText('Startup')).toBeTruthy();
    expect(within(card).getByText('Service & solution type')).toBeTruthy();
    expect(within(card).getByText(/Vietnam \(VN\)/)).toBeTruthy();
    const badge = within(card).getAllByText('Rejected')[0];
    expect(badge.closest('[data-status]')?.getAttribute('data-status')).toBe('rejected');
    expect(within(card).getByText('Reason: Business registration certificate is unreadable')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Review queue' })).toBeNull();
    expect(screen.getByText('Kim Minji · Firm admin')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('shows the review-queue empty state (and no firm card) to users with consortium:review', async () => {
    renderApp('/', staffUser);
    const card = await screen.findByRole('region', { name: 'Review queue' });
    expect(within(card).getByText(/Consortia awaiting review will appear here/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'My firm' })).toBeNull();
  });

  it('sends a signed-in user away from /signin to the dashboard', async () => {
    renderApp('/signin', firmUser);
    expect(await screen.findByRole('heading', { name: 'Welcome, Kim Minji' })).toBeTruthy();
  });
});
