import { Navigate, Route, Routes } from 'react-router';
import { GuestOnly, RequireAuth } from '../components/RouteGuards';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { ConsortiumListPage } from '../features/consortia/components/ConsortiumListPage';
import { InvitationsPage } from '../features/consortia/components/InvitationsPage';
import { StaffDashboardPage } from '../features/dashboard/components/StaffDashboardPage';
import { EditFirmPage } from '../features/firms/components/EditFirmPage';
import { FirmDirectoryPage } from '../features/firms/components/FirmDirectoryPage';
import { FirmProfilePage } from '../features/firms/components/FirmProfilePage';
import { VerificationQueuePage } from '../features/firms/components/VerificationQueuePage';
import { CountriesPage } from '../features/projects/components/CountriesPage';
import { ProjectFormPage } from '../features/projects/components/ProjectFormPage';
import { ProjectImportPage } from '../features/projects/components/ProjectImportPage';
import { ProjectListPage } from '../features/projects/components/ProjectListPage';
import { AppLayout } from './AppLayout';
import { ConsortiumRoute, ReviewRoute } from './ConsortiumRoutes';
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
            ['projects', <ProjectListPage />],
            ['projects/:id', <ProjectDetailRoute />],
            ['countries', <CountriesPage />],
            ['firms', <FirmDirectoryPage />],
            ['firms/:id', <FirmProfilePage />],
            ['firms/:id/edit', <EditFirmPage />],
            ['staff/verification', <VerificationQueuePage />],
            ['consortia', <ConsortiumListPage />],
            ['consortia/:id', <ConsortiumRoute />],
            ['invitations', <InvitationsPage />],
            ['staff/review/:id', <ReviewRoute />],
            ['staff/dashboard', <StaffDashboardPage />],
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
        <Route
          path="signup"
          element={
            <GuestOnly>
              <SignUpPage />
            </GuestOnly>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
