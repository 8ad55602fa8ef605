import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SignInPage } from '../features/auth/components/SignInPage';
import { sessionStore } from '../lib/auth/session';
import i18n, { LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';

function renderSignIn() {
  sessionStore.clear();
  return renderWithProviders(
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/signin" element={<SignInPage />} />
      </Route>
    </Routes>,
    { route: '/signin' },
  );
}

describe('language switch', () => {
  it('switches visible text from Korean to English, sets <html lang> and remembers the choice', async () => {
    await i18n.changeLanguage('ko');
    renderSignIn();

    expect(screen.getByRole('heading', { name: '로그인' })).toBeTruthy();
    expect(screen.getByLabelText('이메일', { selector: 'input' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ko');

    const group = screen.getByRole('radiogroup', { name: 'Language / 언어' });
    expect(group).toBeTruthy();
    const korean = screen.getByRole<HTMLInputElement>('radio', { name: '한국어' });
    const english = screen.getByRole<HTMLInputElement>('radio', { name: 'English' });
    expect(korean.checked).toBe(true);

    fireEvent.click(english);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '로그인' })).toBeNull();
    expect(screen.getByLabelText('Email', { selector: 'input' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'English' }).checked).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('switches back to Korean', async () => {
    renderSignIn();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '한국어' }));
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ko');
  });
});
