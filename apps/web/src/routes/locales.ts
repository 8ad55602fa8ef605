import type { Resource } from 'i18next';
import accountEn from '../features/account/locales/en.json';
import accountKo from '../features/account/locales/ko.json';
import adminEn from '../features/admin/locales/en.json';
import adminKo from '../features/admin/locales/ko.json';
import notificationsEn from '../features/notifications/locales/en.json';
import notificationsKo from '../features/notifications/locales/ko.json';
import savedSearchesEn from '../features/saved-searches/locales/en.json';
import savedSearchesKo from '../features/saved-searches/locales/ko.json';
import programsEn from '../features/programs/locales/en.json';
import programsKo from '../features/programs/locales/ko.json';
import authEn from '../features/auth/locales/en.json';
import authKo from '../features/auth/locales/ko.json';
import claimsEn from '../features/claims/locales/en.json';
import claimsKo from '../features/claims/locales/ko.json';
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
  claims: claimsEn,
  account: accountEn,
  admin: adminEn,
  notifications: notificationsEn,
  'saved-searches': savedSearchesEn,
  programs: programsEn,
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
  claims: claimsKo,
  account: accountKo,
  admin: adminKo,
  notifications: notificationsKo,
  'saved-searches': savedSearchesKo,
  programs: programsKo,
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
