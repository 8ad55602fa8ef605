import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';
import type en from '../locales/en.json';

type PageKey = keyof (typeof en)['pageTitle'];

/** Path patterns (as in AppRoutes) → their page title; the first match wins, so literal paths come first. */
const PAGES: [pattern: string, key: PageKey][] = [
  ['/', 'home'],
  ['/signin', 'signin'],
  ['/signup', 'signup'],
  ['/projects', 'projects'],
  ['/projects/:id', 'project'],
  ['/countries', 'countries'],
  ['/firms', 'firms'],
  ['/firms/:id/edit', 'editFirm'],
  ['/firms/:id', 'firm'],
  ['/consortia', 'consortia'],
  ['/consortia/:id', 'consortium'],
  ['/invitations', 'invitations'],
  ['/staff/verification', 'verification'],
  ['/staff/review/:id', 'review'],
  ['/staff/dashboard', 'dashboard'],
  ['/staff/projects/new', 'newProject'],
  ['/staff/projects/import', 'importProjects'],
  ['/staff/projects/:id/edit', 'editProject'],
  ['/messages', 'messages'],
  ['/partner-requests', 'partnerRequests'],
  ['/claim', 'claim'],
  ['/staff/claims', 'claims'],
  ['/settings', 'settings'],
  ['/notifications', 'notifications'],
  ['/programs', 'programs'],
  ['/admin/users', 'adminUsers'],
  ['/admin/audit', 'audit'],
  ['/reset-password', 'resetPassword'],
  ['/set-password', 'setPassword'],
  ['/verify-email', 'verifyEmail'],
];

export function pageTitleKey(pathname: string): PageKey | null {
  return PAGES.find(([pattern]) => matchPath(pattern, pathname))?.[1] ?? null;
}

/** Sets `document.title` per route ("Projects · Consortium Match"), in the current language. */
export function PageTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const key = pageTitleKey(pathname);
  const app = t('app.name');
  const title = key ? `${t(`pageTitle.${key}`)} · ${app}` : app;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
