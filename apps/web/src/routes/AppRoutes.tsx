import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { GuestOnly, RequireAuth } from '../components/RouteGuards';
const ProjectFormPage = lazy(() =>
  import('../features/projects/components/ProjectFormPage').then((m) => ({ default: m.ProjectFormPage })),
);
const ProjectImportPage = lazy(() =>
  import('../features/projects/components/ProjectImportPage').then((m) => ({ default: m.ProjectImportPage })),
);
import { AppLayout } from './AppLayout';
// One chunk per page, loaded on first visit (AppLayout shows a progress bar meanwhile): the first load
// carries only the shell. Add a page as one more line of this form.
const SignInPage = lazy(() =>
  import('../features/auth/components/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const SignUpPage = lazy(() =>
  import('../features/auth/components/SignUpPage').then((m) => ({ default: m.SignUpPage })),
);
const TokenPasswordPage = lazy(() =>
  import('../features/auth/components/TokenPasswordPage').then((m) => ({ default: m.TokenPasswordPage })),
);
const VerifyEmailPage = lazy(() =>
  import('../features/auth/components/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })),
);
const ClaimPage = lazy(() =>
  import('../features/claims/components/ClaimPage').then((m) => ({ default: m.ClaimPage })),
);
const ClaimQueuePage = lazy(() =>
  import('../features/claims/components/ClaimQueuePage').then((m) => ({ default: m.ClaimQueuePage })),
);
const ConsortiumListPage = lazy(() =>
  import('../features/consortia/components/ConsortiumListPage').then((m) => ({
    default: m.ConsortiumListPage,
  })),
);
const InvitationsPage = lazy(() =>
  import('../features/consortia/components/InvitationsPage').then((m) => ({ default: m.InvitationsPage })),
);
const StaffDashboardPage = lazy(() =>
  import('../features/dashboard/components/StaffDashboardPage').then((m) => ({
    default: m.StaffDashboardPage,
  })),
);
const EditFirmPage = lazy(() =>
  import('../features/firms/components/EditFirmPage').then((m) => ({ default: m.EditFirmPage })),
);
const VerificationQueuePage = lazy(() =>
  import('../features/firms/components/VerificationQueuePage').then((m) => ({
    default: m.VerificationQueuePage,
  })),
);
const MessagesPage = lazy(() =>
  import('../features/messaging/components/MessagesPage').then((m) => ({ default: m.MessagesPage })),
);
const PartnerRequestsPage = lazy(() =>
  import('../features/partner-requests/components/PartnerRequestsPage').then((m) => ({
    default: m.PartnerRequestsPage,
  })),
);
const CountriesPage = lazy(() =>
  import('../features/projects/components/CountriesPage').then((m) => ({ default: m.CountriesPage })),
);
const AdminUsersPage = lazy(() =>
  import('../features/admin/components/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })),
);
const AuditLogPage = lazy(() =>
  import('../features/admin/components/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/components/NotificationsPage').then((m) => ({
    default: m.NotificationsPage,
  })),
);
const ProgramsPage = lazy(() =>
  import('../features/programs/components/ProgramsPage').then((m) => ({ default: m.ProgramsPage })),
);
const FirmDirectoryRoute = lazy(() =>
  import('./SavedSearchRoutes').then((m) => ({ default: m.FirmDirectoryRoute })),
);
const ProjectListRoute = lazy(() =>
  import('./SavedSearchRoutes').then((m) => ({ default: m.ProjectListRoute })),
);
const SettingsRoute = lazy(() => import('./SavedSearchRoutes').then((m) => ({ default: m.SettingsRoute })));
const ConsortiumRoute = lazy(() =>
  import('./ConsortiumRoutes').then((m) => ({ default: m.ConsortiumRoute })),
);
const ReviewRoute = lazy(() => import('./ConsortiumRoutes').then((m) => ({ default: m.ReviewRoute })));
const FirmProfileRoute = lazy(() =>
  import('./FirmProfileRoute').then((m) => ({ default: m.FirmProfileRoute })),
);
const HomeRoute = lazy(() => import('./HomeRoute').then((m) => ({ default: m.HomeRoute })));
const ProjectDetailRoute = lazy(() =>
  import('./ProjectDetailRoute').then((m) => ({ default: m.ProjectDetailRoute })),
);

/**
 * The route table. URLs are a contract (bookmarks, e-mail links, browser tests): change a page's
 * component freely, never its path. Pages that combine features are composed in this folder.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <RequireAuth>
              <HomeRoute />
            </RequireAuth>
          }
        />
        {(
          [
            ['projects', <ProjectListRoute />],
            ['projects/:id', <ProjectDetailRoute />],
            ['countries', <CountriesPage />],
            ['firms', <FirmDirectoryRoute />],
            ['firms/:id', <FirmProfileRoute />],
            ['firms/:id/edit', <EditFirmPage />],
            ['staff/verification', <VerificationQueuePage />],
            ['consortia', <ConsortiumListPage />],
            ['consortia/:id', <ConsortiumRoute />],
            ['invitations', <InvitationsPage />],
            ['messages', <MessagesPage />],
            ['partner-requests', <PartnerRequestsPage />],
            ['staff/review/:id', <ReviewRoute />],
            ['staff/dashboard', <StaffDashboardPage />],
            ['staff/claims', <ClaimQueuePage />],
            ['settings', <SettingsRoute />],
            ['notifications', <NotificationsPage />],
            ['programs', <ProgramsPage />],
            ['admin/users', <AdminUsersPage />],
            ['admin/audit', <AuditLogPage />],
            ['staff/projects/new', <ProjectFormPage />],
            ['staff/projects/import', <ProjectImportPage />],
            ['staff/projects/:id/edit', <ProjectFormPage />],
          ] as const
        ).map(([path, page]) => (
          <Route key={path} path={path} element={<RequireAuth>{page}</RequireAuth>} />
        ))}
        <Route
          path="signin"
          element={
            <GuestOnly>
              <SignInPage />
            </GuestOnly>
          }
        />
        <Route path="claim" element={<ClaimPage />} />
        <Route
          path="signup"
          element={
            <GuestOnly>
              <SignUpPage />
            </GuestOnly>
          }
        />
        {/* E-mailed links land here (libs/auth account-emails.ts, invitations): public, signed in or not. */}
        <Route path="reset-password" element={<TokenPasswordPage kind="reset" />} />
        <Route path="set-password" element={<TokenPasswordPage kind="invite" />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
