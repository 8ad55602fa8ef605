import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n, { i18nReady } from '../lib/i18n';
import { sessionStore } from '../lib/auth/session';

await i18nReady;

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  sessionStore.reset();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
