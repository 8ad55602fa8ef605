// Every string of the English UI: one chunk, loaded only when that language is used.
import accountEn from '../features/account/locales/en.json';
import adminEn from '../features/admin/locales/en.json';
import authEn from '../features/auth/locales/en.json';
import claimsEn from '../features/claims/locales/en.json';
import consortiaEn from '../features/consortia/locales/en.json';
import dashboardEn from '../features/dashboard/locales/en.json';
import firmsEn from '../features/firms/locales/en.json';
import homeEn from '../features/home/locales/en.json';
import matchingEn from '../features/matching/locales/en.json';
import messagingEn from '../features/messaging/locales/en.json';
import notificationsEn from '../features/notifications/locales/en.json';
import partnerRequestsEn from '../features/partner-requests/locales/en.json';
import programsEn from '../features/programs/locales/en.json';
import projectsEn from '../features/projects/locales/en.json';
import savedSearchesEn from '../features/saved-searches/locales/en.json';
import coreEn from '../locales/en.json';

export const en = {
  ...coreEn,
  auth: authEn,
  home: homeEn,
  projects: projectsEn,
  firms: firmsEn,
  matching: matchingEn,
  consortia: consortiaEn,
  dashboard: dashboardEn,
  messaging: messagingEn,
  partnerRequests: partnerRequestsEn,
  claims: claimsEn,
  account: accountEn,
  admin: adminEn,
  notifications: notificationsEn,
  'saved-searches': savedSearchesEn,
  programs: programsEn,
};
