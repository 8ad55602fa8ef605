// Every string of the Korean UI: one chunk, loaded only when that language is used.
import accountKo from '../features/account/locales/ko.json';
import adminKo from '../features/admin/locales/ko.json';
import authKo from '../features/auth/locales/ko.json';
import claimsKo from '../features/claims/locales/ko.json';
import consortiaKo from '../features/consortia/locales/ko.json';
import dashboardKo from '../features/dashboard/locales/ko.json';
import firmsKo from '../features/firms/locales/ko.json';
import homeKo from '../features/home/locales/ko.json';
import matchingKo from '../features/matching/locales/ko.json';
import messagingKo from '../features/messaging/locales/ko.json';
import notificationsKo from '../features/notifications/locales/ko.json';
import partnerRequestsKo from '../features/partner-requests/locales/ko.json';
import programsKo from '../features/programs/locales/ko.json';
import projectsKo from '../features/projects/locales/ko.json';
import savedSearchesKo from '../features/saved-searches/locales/ko.json';
import coreKo from '../locales/ko.json';

export const ko = {
  ...coreKo,
  auth: authKo,
  home: homeKo,
  projects: projectsKo,
  firms: firmsKo,
  matching: matchingKo,
  consortia: consortiaKo,
  dashboard: dashboardKo,
  messaging: messagingKo,
  partnerRequests: partnerRequestsKo,
  claims: claimsKo,
  account: accountKo,
  admin: adminKo,
  notifications: notificationsKo,
  'saved-searches': savedSearchesKo,
  programs: programsKo,
};
