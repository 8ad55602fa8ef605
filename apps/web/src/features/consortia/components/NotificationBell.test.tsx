import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { notifications, smeAdmin } from '../test/fixtures';
import { NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications and marks one read on click', async () => {
    const mock = mockFetch({
      'GET /api/notifications/unread-count': () => json(200, { count: 3 }),
      'GET /api/notifications': () => json(200, notifications()),
      'POST /api/notifications/n-1/read': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    sessionStore.setSession('token', smeAdmin);
    renderWithProviders(<NotificationBell />);

    const bell = await screen.findByRole('button', { name: 'Notifications, 3 unread' });
    expect(screen.getByTestId('unread-count').textContent).toBe('3');

    fireEvent.click(bell);
    const list = await screen.findByTestId('notification-list');
    expect(within(list).getByText('New invitation')).toBeTruthy();
    expect(within(list).getByText('LG CNS invited your firm.')).toBeTruthy();
    fireEvent.click(within(list).getByText('New invitation'));
    await waitFor(() =>
      expect(
        mock.calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/notifications/n-1/read')),
      ).toBe(true),
    );
  });

  it('shows no badge when everything is read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/notifications/unread-count': () => json(200, { count: 0 }) }).fetch),
    );
    sessionStore.setSession('token', smeAdmin);
    renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByTestId('unread-count')).toBeNull();
  });
});
