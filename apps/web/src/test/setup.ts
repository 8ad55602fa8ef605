import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { sessionStore } from '../lib/auth/session';
import i18n, { initI18n } from '../lib/i18n';
import { resources } from '../routes/locales';

await initI18n(resources);

// happy-dom has no FontFaceSet, and Mantine's autosize Textarea listens on `document.fonts`.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: Object.assign(new EventTarget(), { ready: Promise.resolve() }),
  });
}

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
