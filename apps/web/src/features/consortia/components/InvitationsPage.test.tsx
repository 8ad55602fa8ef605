import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { CONSORTIUM_ID, PARTNER_MEMBER, inbox, invitation, smeAdmin, taxonomy } from '../test/fixtures';
import { InvitationsPage } from './InvitationsPage';

const DECLINE = `POST /api/consortia/${CONSORTIUM_ID}/invitations/${PARTNER_MEMBER}/decline`;

function setup() {
  let items = [
    invitation(),
    invitation({
      id: 'm-old',
      consortium: { id: 'c-old', name: 'Old consortium', status: 'approved' },
      status: 'accepted',
      respondedAt: new Date().toISOString(),
    }),
  ];
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    'GET /api/invitations': () => json(200, inbox(items)),
    [DECLINE]: async (request) => {
      const body = (await request.clone().json()) as { reason: 'no_capacity'; note?: string };
      items = items.map((i) =>
        i.id === PARTNER_MEMBER
          ? { ...i, status: 'declined', declineReason: body.reason, declineNote: body.note ?? null }
          : i,
      );
      return json(200, items[0]);
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', smeAdmin);
  renderWithProviders(<InvitationsPage />, { route: '/invitations' });
  return mock;
}

describe('InvitationsPage', () => {
  it('lists pending invitations first with role, message and expiry, answered ones below', async () => {
    setup();
    const pending = await screen.findByTestId('pending-invitations');
    expect(within(pending).getByText('LG CNS consortium')).toBeTruthy();
    expect(await within(pending).findByText('As Solution provider')).toBeTruthy();
    expect(within(pending).getByText('“Join us?”')).toBeTruthy();
    expect(within(pending).getByText('Expires in 5 days')).toBeTruthy();
    expect(within(screen.getByTestId('answered-invitations')).getByText('Old consortium')).toBeTruthy();
  });

  it('requires a reason to decline, then sends reason and note', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Decline LG CNS consortium' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline invitation' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline invitation' }));
    expect(await within(dialog).findByText('Choose a reason.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Conflict of interest' }));
    fireEvent.change(within(dialog).getByLabelText('Note', { selector: 'textarea' }), {
      target: { value: 'We bid with a competitor' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline invitation' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(DECLINE.replace('POST ', ''));
    expect(await post.json()).toEqual({ reason: 'conflict_of_interest', note: 'We bid with a competitor' });
    await waitFor(() => expect(screen.queryByTestId('pending-invitations')).toBeNull());
    expect(screen.getByText(/No pending invitations/)).toBeTruthy();
  });

  it('pages through a long inbox, keeping the page in the URL', async () => {
    const mock = mockFetch({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/invitations': () => json(200, { ...inbox([invitation()]), total: 45, limit: 20 }),
    });
    vi.stubGlobal('fetch', vi.fn(mock.fetch));
    sessionStore.setSession('token', smeAdmin);
    renderWithProviders(<InvitationsPage />, { route: '/invitations' });
    fireEvent.click(await screen.findByRole('button', { name: 'Page 3' }));
    await waitFor(() => {
      const last = mock.calls.filter((r) => new URL(r.url).pathname === '/api/invitations').at(-1)!;
      expect(new URL(last.url).searchParams.get('page')).toBe('3');
      expect(new URL(last.url).searchParams.get('limit')).toBe('20');
    });
  });
});
