import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { AdminUsersPage } from './AdminUsersPage';

const user = {
  id: 'u1',
  email: 'kim@example.kr',
  name: 'Kim Staff',
  role: 'staff',
  firmId: null,
  firmName: null,
  emailVerified: true,
  hasPassword: true,
  deactivatedAt: null,
  activeSessions: 2,
  createdAt: '2026-12-01T00:00:00Z',
};

describe('AdminUsersPage', () => {
  it('lists users and deactivates one only after confirming', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/admin/users': () => json(200, { items: [user], total: 1, page: 1, limit: 20 }),
      'POST /api/admin/users/u1/deactivate': () =>
        json(200, { ...user, deactivatedAt: '2026-12-04T00:00:00Z' }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<AdminUsersPage />, { route: '/admin/users' });
    expect(await screen.findByText('kim@example.kr')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Kim Staff' }));
    const dialog = await screen.findByRole('dialog');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() =>
      expect(calls.some((c) => c.url.endsWith('/api/admin/users/u1/deactivate'))).toBe(true),
    );
  });

  it('creates a staff account and shows its set-password link', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/admin/users': () => json(200, { items: [], total: 0, page: 1, limit: 20 }),
      'POST /api/admin/users': () =>
        json(201, {
          user,
          setPasswordUrl: 'http://localhost/set-password?token=abc',
          expiresAt: '2026-12-11T00:00:00Z',
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<AdminUsersPage />, { route: '/admin/users' });
    fireEvent.click(await screen.findByRole('button', { name: 'Create a staff account' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Yoon Seo' } });
    fireEvent.change(within(dialog).getByLabelText('E-mail'), { target: { value: 'yoon@example.kr' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByDisplayValue('http://localhost/set-password?token=abc')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ name: 'Yoon Seo', email: 'yoon@example.kr', role: 'staff' });
  });
});
