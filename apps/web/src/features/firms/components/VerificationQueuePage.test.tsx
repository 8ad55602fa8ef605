import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { firmAdmin, listItem, listPage, staffUser, taxonomy } from '../test/fixtures';
import { VerificationQueuePage } from './VerificationQueuePage';

const pendingA = listItem({ id: 'p-a', name: 'Pending Alpha', nameKo: null, verificationStatus: 'pending' });
const pendingB = listItem({ id: 'p-b', name: 'Pending Beta', nameKo: null, verificationStatus: 'pending' });

function setup() {
  let pending = [pendingA, pendingB];
  const mock = mockFetch({
    'GET /api/taxonomy': () => json(200, taxonomy),
    'GET /api/firms': () => json(200, listPage(pending)),
    'POST /api/firms/p-a/verification': () => {
      pending = pending.filter((f) => f.id !== 'p-a');
      return json(200, {
        id: 'p-a',
        verificationStatus: 'rejected',
        verificationReason: 'Missing documents',
        verifiedAt: null,
      });
    },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  sessionStore.setSession('token', staffUser);
  renderWithProviders(<VerificationQueuePage />, { route: '/staff/verification' });
  return mock;
}

describe('VerificationQueuePage', () => {
  it('lists pending firms (status=pending)', async () => {
    const { calls } = setup();
    expect(await screen.findByText('Pending Alpha')).toBeTruthy();
    expect(screen.getByText('Pending Beta')).toBeTruthy();
    const list = calls.find((c) => new URL(c.url).pathname === '/api/firms')!;
    expect(new URL(list.url).searchParams.getAll('status')).toEqual(['pending']);
  });

  it('refuses to reject without a reason, then rejects with one and updates the list', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Reject Pending Alpha' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject firm' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject firm' }));
    expect(await within(dialog).findByText('Enter a reason for the firm.')).toBeTruthy();
    const reason = within(dialog).getByLabelText('Reason', { selector: 'textarea' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(reason, { target: { value: 'no' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject firm' }));
    expect(await within(dialog).findByText('The reason must be at least 3 characters.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Missing documents' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject firm' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({
      decision: 'rejected',
      reason: 'Missing documents',
    });

    await waitFor(() => expect(screen.queryByText('Pending Alpha')).toBeNull());
    expect(screen.getByText('Pending Beta')).toBeTruthy();
  });

  it('verifies a firm only after the confirmation', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve Pending Alpha' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify this firm?' });
    expect(dialog.textContent).toContain('Pending Alpha');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ decision: 'verified' });
  });

  it('shows the empty state when nobody is waiting', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/firms': () => json(200, listPage([])) }).fetch));
    sessionStore.setSession('token', staffUser);
    renderWithProviders(<VerificationQueuePage />);
    expect(await screen.findByText(/No firms waiting for verification/)).toBeTruthy();
  });

  it('is for staff only', () => {
    const { fetch, calls } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fetch));
    sessionStore.setSession('token', firmAdmin);
    renderWithProviders(<VerificationQueuePage />);
    expect(screen.getByText('Only program staff can verify firms.')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
