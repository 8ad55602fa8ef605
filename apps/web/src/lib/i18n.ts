import i18n, { type InitOptions, type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'consortium-match.lang';

function syncHtmlLang(lng: string | undefined) {
  if (typeof document !== 'undefined' && lng) document.documentElement.lang = lng;
}

/** The active UI language, always one of {@link LANGUAGES}. */
export function currentLanguage(instance = i18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return lng?.startsWith('ko') ? 'ko' : 'en';
}

i18n.on('languageChanged', syncHtmlLang);

/**
 * Init options (without the strings). Korean when the browser's preferred language is Korean,
 * English otherwise; an explicit choice is persisted in localStorage and wins on the next visit.
 * Exported so tests can check detection with a fresh instance.
 */
export const i18nOptions = {
  supportedLngs: [...LANGUAGES],
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  detection: {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    caches: ['localStorage'],
  },
  react: { useSuspense: false },
} satisfies InitOptions;

/**
 * Starts i18next with the app's strings. The app (main.tsx, the test setup) passes every feature's
 * strings (routes/locales.ts): this shared module knows no feature.
 */
export function initI18n(resources: Resource): Promise<void> {
  return i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({ ...i18nOptions, resources })
    .then(() => syncHtmlLang(currentLanguage()));
}

/**
 * Starts i18next loading only the detected language's strings (`load` returns that language's
 * chunk); switching language loads the other chunk before the UI changes. No fallback language:
 * both languages carry every key (routes/locales.test.ts), so a Korean visitor never downloads English.
 */
export function initI18nLazy(load: (language: Language) => Promise<object>): Promise<void> {
  return i18n
    .use(LanguageDetector)
    .use(resourcesToBackend((language: string) => load(language === 'ko' ? 'ko' : 'en')))
    .use(initReactI18next)
    .init({ ...i18nOptions, fallbackLng: false })
    .then(() => syncHtmlLang(currentLanguage()));
}

export default i18n;
