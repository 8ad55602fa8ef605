import i18n, { type InitOptions } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import projectsEn from '../features/projects/locales/en.json';
import projectsKo from '../features/projects/locales/ko.json';
import homeEn from '../features/home/locales/en.json';
import homeKo from '../features/home/locales/ko.json';
import firmsEn from '../features/firms/locales/en.json';
import firmsKo from '../features/firms/locales/ko.json';
import matchingEn from '../features/matching/locales/en.json';
import matchingKo from '../features/matching/locales/ko.json';
import consortiaEn from '../features/consortia/locales/en.json';
import consortiaKo from '../features/consortia/locales/ko.json';
import dashboardEn from '../features/dashboard/locales/en.json';
import dashboardKo from '../features/dashboard/locales/ko.json';
import coreEn from '../locales/en.json';
import coreKo from '../locales/ko.json';

// Each feature keeps its strings beside its code, under its own top-level key.
export const en = {
  ...coreEn,
  home: homeEn,
  projects: projectsEn,
  firms: firmsEn,
  matching: matchingEn,
  consortia: consortiaEn,
  dashboard: dashboardEn,
};
export const ko = {
  ...coreKo,
  home: homeKo,
  projects: projectsKo,
  firms: firmsKo,
  matching: matchingKo,
  consortia: consortiaKo,
  dashboard: dashboardKo,
};

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'consortium-match.lang';

export const resources = {
  ko: { translation: ko },
  en: { translation: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

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
 * Korean when the browser's preferred language is Korean, English otherwise; an
 * explicit choice is persisted in localStorage and wins on the next visit.
 */
/** Init options; exported so tests can check detection with a fresh instance. */
export const i18nOptions = {
  resources,
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

export const i18nReady = i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init(i18nOptions)
  .then(() => syncHtmlLang(currentLanguage()));

export default i18n;
