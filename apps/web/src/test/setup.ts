import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n, { initI18n } from '../lib/i18n';
import { sessionStore } from '../lib/auth/session';
import { resources } from '../routes/locales';

await initI18n(resources);

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
