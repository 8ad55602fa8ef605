import { Navigate, Route, Routes } from 'react-router';
import { GuestOnly, RequireAuth } from '../components/RouteGuards';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { ClaimPage } from '../features/claims/components/ClaimPage';
import { ClaimQueuePage } from '../features/claims/components/ClaimQueuePage';
import { TokenPasswordPage } from '../features/auth/components/TokenPasswordPage';
import { VerifyEmailPage } from '../features/auth/components/VerifyEmailPage';
import { ConsortiumListPage } from '../features/consortia/components/ConsortiumListPage';
import { InvitationsPage } from '../features/consortia/components/InvitationsPage';
import { StaffDashboardPage } from '../features/dashboard/components/StaffDashboardPage';
import { EditFirmPage } from '../features/firms/components/EditFirmPage';
import { VerificationQueuePage } from '../features/firms/components/VerificationQueuePage';
import { MessagesPage } from '../features/messages/components/MessagesPage';
import { PartnerRequestsPage } from '../features/partner-requests/components/PartnerRequestsPage';
import { CountriesPage } from '../features/projects/components/CountriesPage';
import { AdminUsersPage } from '../features/admin/components/AdminUsersPage';
import { AuditLogPage } from '../features/admin/components/AuditLogPage';
import { NotificationsPage } from '../features/notifications/components/NotificationsPage';
import { ProgramsPage } from '../features/programs/components/ProgramsPage';
import { AppLayout } from './AppLayout';
import { FirmDirectoryRoute, ProjectListRoute, SettingsRoute } from './SavedSearchRoutes';
import { ConsortiumRoute, ReviewRoute } from './ConsortiumRoutes';
import { FirmProfileRoute } from './FirmProfileRoute';
import { HomeRoute } from './HomeRoute';
import { ProjectDetailRoute } from './ProjectDetailRoute';

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
