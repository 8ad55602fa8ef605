import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { SettingsPage } from './SettingsPage';

const me = {
  id: 'u1',
  email: 'kim@example.kr',
  emailVerified: true,
  name: 'Kim Minji',
  role: 'firm_admin',
  firmId: 'f1',
  permissions: ['profile:read-own'],
  firm: null,
  locale: 'ko',
  emailNotifications: true,
};

describe('SettingsPage', () => {
  it('turns notification e-mails off and signs out everywhere after confirming', async () => {
    const { fetch, calls } = mockFetch({
      'GET /api/auth/me': () => json(200, me),
      'PATCH /api/auth/me': () => json(200, { ...me, emailNotifications: false }),
      'POST /api/auth/sessions/revoke-all': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    const clear = vi.spyOn(sessionStore, 'clear');
    renderWithProviders(<SettingsPage extra={<p>slot content</p>} />, { route: '/settings' });
    fireEvent.click(await screen.findByRole('switch', { name: /Notification e-mails/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({ emailNotifications: false });
    expect(screen.getByText('slot content')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(clear).toHaveBeenCalled());
  });

  it('refuses a mismatched new password before calling the API', async () => {
    const { fetch, calls } = mockFetch({ 'GET /api/auth/me': () => json(200, me) });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SettingsPage />, { route: '/settings' });
    fireEvent.change(await screen.findByLabelText('Current password', { selector: 'input' }), {
      target: { value: 'old-password-1' },
    });
    fireEvent.change(screen.getByLabelText('New password', { selector: 'input' }), {
      target: { value: 'new-password-123' },
    });
    fireEvent.change(screen.getByLabelText('Repeat the new password', { selector: 'input' }), {
      target: { value: 'new-password-124' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    expect(await screen.findByText('The two passwords differ.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
