import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { GuestOnly, RequireAuth } from '../components/RouteGuards';
import { AppLayout } from './AppLayout';
// One chunk per page, loaded on first visit (AppLayout shows a progress bar meanwhile): the first load
// carries only the shell. Add a page as one more line of this form.
const SignInPage = lazy(() =>
  import('../features/auth/components/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const SignUpPage = lazy(() =>
  import('../features/auth/components/SignUpPage').then((m) => ({ default: m.SignUpPage })),
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
const FirmDirectoryPage = lazy(() =>
  import('../features/firms/components/FirmDirectoryPage').then((m) => ({ default: m.FirmDirectoryPage })),
);
const FirmProfilePage = lazy(() =>
  import('../features/firms/components/FirmProfilePage').then((m) => ({ default: m.FirmProfilePage })),
);
const VerificationQueuePage = lazy(() =>
  import('../features/firms/components/VerificationQueuePage').then((m) => ({
    default: m.VerificationQueuePage,
  })),
);
const CountriesPage = lazy(() =>
  import('../features/projects/components/CountriesPage').then((m) => ({ default: m.CountriesPage })),
);
const ProjectListPage = lazy(() =>
  import('../features/projects/components/ProjectListPage').then((m) => ({ default: m.ProjectListPage })),
);
const ConsortiumRoute = lazy(() =>
  import('./ConsortiumRoutes').then((m) => ({ default: m.ConsortiumRoute })),
);
const ReviewRoute = lazy(() => import('./ConsortiumRoutes').then((m) => ({ default: m.ReviewRoute })));
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
