import type { Resource } from 'i18next';
import authEn from '../features/auth/locales/en.json';
import authKo from '../features/auth/locales/ko.json';
import consortiaEn from '../features/consortia/locales/en.json';
import consortiaKo from '../features/consortia/locales/ko.json';
import dashboardEn from '../features/dashboard/locales/en.json';
import dashboardKo from '../features/dashboard/locales/ko.json';
import firmsEn from '../features/firms/locales/en.json';
import firmsKo from '../features/firms/locales/ko.json';
import homeEn from '../features/home/locales/en.json';
import homeKo from '../features/home/locales/ko.json';
import matchingEn from '../features/matching/locales/en.json';
import matchingKo from '../features/matching/locales/ko.json';
import messagesEn from '../features/messages/locales/en.json';
import messagesKo from '../features/messages/locales/ko.json';
import partnerRequestsEn from '../features/partner-requests/locales/en.json';
import partnerRequestsKo from '../features/partner-requests/locales/ko.json';
import projectsEn from '../features/projects/locales/en.json';
import projectsKo from '../features/projects/locales/ko.json';
import coreEn from '../locales/en.json';
import coreKo from '../locales/ko.json';

// The shared strings (src/locales) plus each feature's strings under its own top-level key, which
// is the feature's folder name: `t('projects.list.title')` lives in features/projects/locales.
export const en = {
  ...coreEn,
  auth: authEn,
  home: homeEn,
  projects: projectsEn,
  firms: firmsEn,
  matching: matchingEn,
  consortia: consortiaEn,
  dashboard: dashboardEn,
  messages: messagesEn,
  partnerRequests: partnerRequestsEn,
};
export const ko = {
  ...coreKo,
  auth: authKo,
  home: homeKo,
  projects: projectsKo,
  firms: firmsKo,
  matching: matchingKo,
  consortia: consortiaKo,
  dashboard: dashboardKo,
  messages: messagesKo,
  partnerRequests: partnerRequestsKo,
};

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
