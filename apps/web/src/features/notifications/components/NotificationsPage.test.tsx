import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { NotificationsPage } from './NotificationsPage';

const item = (id: string, read: boolean) => ({
  id,
  type: 'saved_search_match',
  title: { en: `Title ${id}`, ko: `제목 ${id}` },
  body: { en: 'Body', ko: '본문' },
  link: `/projects/${id}`,
  data: {},
  readAt: read ? '2026-12-01T00:00:00Z' : null,
  createdAt: '2026-12-01T00:00:00Z',
});

describe('NotificationsPage', () => {
  it('pages through the list, filters unread and marks read', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/notifications': (r) => {
        const unread = new URL(r.url).searchParams.get('unread') === 'true';
        const items = unread ? [item('a', false)] : [item('a', false), item('b', true)];
        return json(200, { items, total: unread ? 1 : 45, unreadCount: 1, page: 1, limit: 20 });
      },
      'POST /api/notifications/a/read': () => new Response(null, { status: 204 }),
      'POST /api/notifications/read-all': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<NotificationsPage />, { route: '/notifications' });
    expect(await screen.findByText('Title b')).toBeTruthy();
    expect(screen.getByText('45 in all · 1 unread')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: /pag/i })).toBeTruthy(); // 45 items: 3 pages

    fireEvent.click(screen.getByRole('button', { name: 'Mark Title a read' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/api/notifications/a/read'))).toBe(true));

    fireEvent.click(screen.getByLabelText('Unread only'));
    await waitFor(() => expect(screen.queryByText('Title b')).toBeNull());
    expect(calls.some((c) => new URL(c.url).searchParams.get('unread') === 'true')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/read-all'))).toBe(true));
  });
});
