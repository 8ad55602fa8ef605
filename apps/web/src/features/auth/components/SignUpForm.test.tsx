import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/auth/session';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { SignUpForm } from './SignUpForm';

const user = {
  id: 'u1',
  email: 'kim@example.com',
  name: 'Kim Minji',
  role: 'firm_admin',
  firmId: 'f1',
  permissions: ['firm:update-own'],
  firm: {
    id: 'f1',
    name: 'Seoul Smart Mobility',
    nameKo: '서울스마트모빌리티',
    size: 'startup',
    type: 'service_solution',
    homeCountry: 'KR',
    verificationStatus: 'pending',
    verificationReason: null,
  },
};

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
}

async function choose(label: string, option: string) {
  fireEvent.click(screen.getByLabelText(label, { selector: 'input' }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

/** Returns the inline error text announced for an input (via aria-describedby). */
function describedErrorOf(label: string): string {
  const input = screen.getByLabelText(label, { selector: 'input' });
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillValidForm() {
  type('Full name', 'Kim Minji');
  type('Email', 'kim@example.com');
  type('Password', 'correct-horse-battery');
  type('Firm name (English)', 'Seoul Smart Mobility');
  type('Firm name in Korean (optional)', '서울스마트모빌리티');
  await choose('Firm size', 'Startup');
  await choose('Firm type', 'Service & solution type');
}

describe('SignUpForm', () => {
  it('shows inline zod errors for a short password and a missing firm name, without calling the API', async () => {
    const { fetch, calls } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    type('Full name', 'Kim Minji');
    type('Email', 'kim@example.com');
    type('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Password must be at least 10 characters.')).toBeTruthy();
    expect(screen.getByText("Enter your firm's name.")).toBeTruthy();
    expect(screen.getByText("Choose your firm's size.")).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(describedErrorOf('Password')).toContain('Password must be at least 10 characters.');
    expect(describedErrorOf('Firm name (English)')).toContain("Enter your firm's name.");
    expect(screen.queryByText('Enter your name.')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('re-renders validation errors in the new language', async () => {
    const { default: i18n } = await import('../../../lib/i18n');
    vi.stubGlobal('fetch', vi.fn(mockFetch({}).fetch));
    renderWithProviders(<SignUpForm />);
    type('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByText('Password must be at least 10 characters.');

    await i18n.changeLanguage('ko');
    expect(await screen.findByText('비밀번호는 10자 이상이어야 합니다.')).toBeTruthy();
  });

  it('submits the register request and starts the session', async () => {
    const { fetch, calls } = mockFetch({
      'POST /api/auth/register': () => json(201, { accessToken: 'access-1', user }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    const onSuccess = vi.fn();
    renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(await calls[0].json()).toEqual({
      name: 'Kim Minji',
      email: 'kim@example.com',
      password: 'correct-horse-battery',
      firm: {
        name: 'Seoul Smart Mobility',
        nameKo: '서울스마트모빌리티',
        size: 'startup',
        type: 'service_solution',
        homeCountry: 'KR',
      },
    });
    expect(sessionStore.get()).toMatchObject({ status: 'authenticated', accessToken: 'access-1' });
  });

  it('maps server error details onto the matching fields', async () => {
    const { fetch } = mockFetch({
      'POST /api/auth/register': () =>
        json(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'An account with this email already exists',
          details: [{ field: 'email', message: 'This email is already registered' }],
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('An account with this email is already registered.')).toBeTruthy();
    expect(describedErrorOf('Email')).toContain('An account with this email is already registered.');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    // Everything was placed on a field, so there is no form-level alert.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sessionStore.get().status).toBe('loading');
  });

  it('shows server field messages verbatim for other fields', async () => {
    const { fetch } = mockFetch({
      'POST /api/auth/register': () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Some fields are invalid',
          details: [{ field: 'password', message: 'password is too common; choose another' }],
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('password is too common; choose another')).toBeTruthy();
    expect(describedErrorOf('Password')).toContain('password is too common; choose another');
    expect(screen.getByLabelText('Password', { selector: 'input' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('maps nested field paths such as firm.size and shows unplaced errors in an alert', async () => {
    const { fetch } = mockFetch({
      'POST /api/auth/register': () =>
        json(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [
            { field: 'firm.size', message: 'size must be one of the allowed values' },
            { field: 'captcha', message: 'captcha is required' },
          ],
        }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('size must be one of the allowed values')).toBeTruthy();
    expect(describedErrorOf('Firm size')).toContain('size must be one of the allowed values');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/captcha is required/)).toBeTruthy();
  });

  it('shows the server message in an alert when there are no field details', async () => {
    const { fetch } = mockFetch({
      'POST /api/auth/register': () =>
        json(400, { statusCode: 400, error: 'Bad Request', message: 'Registration is closed' }),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Registration is closed')).toBeTruthy();
  });

  it('disables the submit button while the request is pending (no double submit)', async () => {
    let release: (r: Response) => void = () => {};
    const { fetch, calls } = mockFetch({
      'POST /api/auth/register': () => new Promise<Response>((resolve) => (release = resolve)),
    });
    vi.stubGlobal('fetch', vi.fn(fetch));
    renderWithProviders(<SignUpForm />);

    await fillValidForm();
    const button = screen.getByRole('button', { name: 'Create account' });
    fireEvent.click(button);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    fireEvent.click(button);
    fireEvent.submit(button.closest('form')!);
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(1);

    release(json(201, { accessToken: 'a', user }));
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });
});
