import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLanguage, i18nOptions, LANGUAGE_STORAGE_KEY } from './i18n';

const resources = { en: { translation: { hello: 'Hello' } }, ko: { translation: { hello: '안녕하세요' } } };

/** Builds a fresh instance with the app's detection settings (the app's singleton is already initialised). */
async function detect(navigatorLanguages: string[], stored?: string) {
  localStorage.clear();
  if (stored) localStorage.setItem(LANGUAGE_STORAGE_KEY, stored);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(navigatorLanguages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(navigatorLanguages[0]);
  const instance = i18next.createInstance();
  await instance
    .use(LanguageDetector)
    .init({ ...i18nOptions, resources, detection: { ...i18nOptions.detection, caches: [] } });
  return currentLanguage(instance);
}

describe('language detection', () => {
  afterEach(() => localStorage.clear());

  it('defaults to Korean when the browser prefers Korean', async () => {
    expect(await detect(['ko-KR', 'en-US'])).toBe('ko');
  });

  it('defaults to English otherwise', async () => {
    expect(await detect(['fr-FR'])).toBe('en');
    expect(await detect(['en-US', 'ko'])).toBe('en');
  });

  it('prefers the stored choice over the browser language', async () => {
    expect(await detect(['ko-KR'], 'en')).toBe('en');
    expect(await detect(['en-US'], 'ko')).toBe('ko');
  });
});
