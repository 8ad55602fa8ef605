import type { Resource } from 'i18next';
import { en } from './locales-en';
import { ko } from './locales-ko';

// The shared strings (src/locales) plus each feature's strings under its own top-level key, which
// is the feature's folder name: `t('projects.list.title')` lives in features/projects/locales.
// The app loads one language's chunk at a time (main.tsx); tests and the type of `t` use both.
export { en, ko };

export const resources = {
  ko: { translation: ko },
  en: { translation: en },
} as const satisfies Resource;

// Typed keys everywhere: `t('projects.nope')` does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
