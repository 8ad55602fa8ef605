import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { TokenPasswordPage } from './TokenPasswordPage';
import { VerifyEmailPage } from './VerifyEmailPage';

const TOKEN = 'a'.repeat(43);

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
}

describe('TokenPasswordPage', () => {
  it('resets the password with the token from the link', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/password-reset/confirm': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<TokenPasswordPage kind="reset" />, { route: `/reset-password?token=${TOKEN}` });
    type('New password', 'correct-horse-battery');
    type('Repeat the new password', 'correct-horse-battery');
    fireEvent.click(screen.getByRole('button', { name: 'Save the password' }));
    expect(await screen.findByText(/Your password is saved/)).toBeTruthy();
    expect(await calls[0].json()).toEqual({ token: TOKEN, password: 'correct-horse-battery' });
  });

  it('refuses differing passwords without calling the API', async () => {
    const { fetch, calls } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<TokenPasswordPage kind="invite" />, { route: `/set-password?token=${TOKEN}` });
    type('New password', 'correct-horse-battery');
    type('Repeat the new password', 'correct-horse-batteries');
    fireEvent.click(screen.getByRole('button', { name: 'Save the password' }));
    expect(await screen.findByText('The two passwords differ.')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('says when the invitation link is used up', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/set-password': () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid token',
          details: [{ field: 'token', message: 'invalid, expired or already used' }],
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<TokenPasswordPage kind="invite" />, { route: `/set-password?token=${TOKEN}` });
    type('New password', 'correct-horse-battery');
    type('Repeat the new password', 'correct-horse-battery');
    fireEvent.click(screen.getByRole('button', { name: 'Save the password' }));
    expect(await screen.findByText(/invitation link is invalid/)).toBeTruthy();
    expect(new URL(calls[0].url).pathname).toBe('/api/auth/set-password');
  });

  it('without a token asks for the address and sends a reset request', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/password-reset/request': () => json(202, { message: 'sent' }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<TokenPasswordPage kind="reset" />, { route: '/reset-password' });
    type('Email', 'kim@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send the reset link' }));
    expect(await screen.findByText('Check your e-mail')).toBeTruthy();
    expect(await calls[0].json()).toEqual({ email: 'kim@example.com' });
  });
});

describe('VerifyEmailPage', () => {
  it('spends the token once on arrival and confirms', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/verify-email': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(
      <Routes>
        <Route path="/verify-email" element={<VerifyEmailPage />} />
      </Routes>,
      { route: `/verify-email?token=${TOKEN}` },
    );
    expect(await screen.findByText('Your e-mail address is confirmed.')).toBeTruthy();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(await calls[0].json()).toEqual({ token: TOKEN });
  });

  it('explains a used link', async () => {
    const { fetch } = mockFetch({
      'POST /api/auth/verify-email': () =>
        json(400, { statusCode: 400, error: 'Bad Request', message: 'Invalid token', details: [] }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<VerifyEmailPage />, { route: `/verify-email?token=${TOKEN}` });
    expect(await screen.findByText(/invalid, expired or already used/)).toBeTruthy();
  });
});
