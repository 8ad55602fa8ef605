import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import type { ContactRequestPage, MessagePage, ThreadPage } from '../api/types';
import { MessagesPage } from './MessagesPage';

const THREAD = '3f1b2c4d-0000-4000-8000-000000000001';
const threads: ThreadPage = {
  items: [
    {
      id: THREAD,
      kind: 'direct',
      title: 'DSPOne',
      titleKo: '디에스피원',
      consortiumId: null,
      otherFirm: { id: 'f-dsp', name: 'DSPOne', nameKo: '디에스피원' },
      projectId: null,
      projectTitle: null,
      lastMessage: 'See you Monday',
      lastMessageAt: '2026-12-01T10:00:00.000Z',
      unreadCount: 2,
    },
  ],
  total: 1,
  unreadCount: 2,
  page: 1,
  limit: 20,
};
const messages: MessagePage = {
  thread: { id: THREAD, kind: 'direct', consortiumId: null, canWrite: true },
  items: [
    {
      id: 'm2',
      threadId: THREAD,
      body: '<script>alert(1)</script> See you Monday',
      authorUserId: 'u-sme',
      authorName: 'Choi Yuna',
      authorFirm: { id: 'f-dsp', name: 'DSPOne', nameKo: null },
      mine: false,
      createdAt: '2026-12-01T10:00:00.000Z',
    },
    {
      id: 'm1',
      threadId: THREAD,
      body: 'Shall we talk about Hue?',
      authorUserId: 'u-lead',
      authorName: 'Park Jiho',
      authorFirm: { id: 'f-lg', name: 'LG CNS', nameKo: null },
      mine: true,
      createdAt: '2026-12-01T09:00:00.000Z',
    },
  ],
  total: 2,
  page: 1,
  limit: 30,
};
const noRequests: ContactRequestPage = { items: [], total: 0, page: 1, limit: 50 };

function setup() {
  const posted: unknown[] = [];
  const mock = mockFetch({
    'GET /api/threads': () => json(200, threads),
    [`GET /api/threads/${THREAD}/messages`]: () => json(200, messages),
    [`POST /api/threads/${THREAD}/messages`]: async (r) => {
      const body = (await r.json()) as { body: string };
      posted.push(body);
      return json(201, { ...messages.items[1], id: 'm3', body: body.body });
    },
    'GET /api/contact-requests': () => json(200, noRequests),
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  renderWithProviders(<MessagesPage />, { route: `/messages?thread=${THREAD}` });
  return { posted };
}

describe('MessagesPage', () => {
  it('lists threads with unread counts, shows messages oldest first as plain text, and sends', async () => {
    const { posted } = setup();
    const link = await screen.findByTestId('thread-link');
    expect(within(link).getByText('2')).toBeTruthy();
    const items = await screen.findAllByTestId('message');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Shall we talk about Hue?'),
      expect.stringContaining('<script>alert(1)</script> See you Monday'),
    ]);
    // Markup arrives as text: no element was created from it.
    expect(document.querySelector('[data-testid="message"] script')).toBeNull();
    // Only others' messages can be reported.
    expect(within(items[0]).queryByRole('button', { name: 'Report' })).toBeNull();
    expect(within(items[1]).getByRole('button', { name: 'Report' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: '  Monday 10:00 works  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ body: 'Monday 10:00 works', clientId: expect.any(String) });
  });

  it('refuses an empty message without calling the API', async () => {
    const { posted } = setup();
    await screen.findAllByTestId('message');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write something first.')).toBeTruthy();
    expect(posted).toHaveLength(0);
  });
});
