import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { FullPageLoader } from './components/FullPageLoader';
import { GuestOnly, RequireAuth } from './components/RouteGuards';
import { SignInPage } from './features/auth/components/SignInPage';
import { SignUpPage } from './features/auth/components/SignUpPage';
import { CountriesPage } from './features/projects/components/CountriesPage';
import { ProjectDetailPage } from './features/projects/components/ProjectDetailPage';
import { ProjectListPage } from './features/projects/components/ProjectListPage';
import { ConsortiumListPage } from './features/consortia/components/ConsortiumListPage';
import { ConsortiumPage } from './features/consortia/components/ConsortiumPage';
import { InvitationsPage } from './features/consortia/components/InvitationsPage';
import { ReviewPage } from './features/consortia/components/ReviewPage';
import { HomePage } from './features/home/components/HomePage';
import { StaffDashboardPage } from './features/dashboard/components/StaffDashboardPage';
import { EditFirmPage } from './features/firms/components/EditFirmPage';
import { FirmDirectoryPage } from './features/firms/components/FirmDirectoryPage';
import { FirmProfilePage } from './features/firms/components/FirmProfilePage';
import { VerificationQueuePage } from './features/firms/components/VerificationQueuePage';
import { refreshSession } from './lib/api/client';
import { sessionStore, useSession } from './lib/auth/session';
import { theme } from './theme';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <RequireAuth>
              <HomePage />
            </RequireAuth>
          }
        />
        {(
          [
            ['projects', <ProjectListPage />],
            ['projects/:id', <ProjectDetailPage />],
            ['countries', <CountriesPage />],
            ['firms', <FirmDirectoryPage />],
            ['firms/:id', <FirmProfilePage />],
            ['firms/:id/edit', <EditFirmPage />],
            ['staff/verification', <VerificationQueuePage />],
            ['consortia', <ConsortiumListPage />],
            ['consortia/:id', <ConsortiumPage />],
            ['invitations', <InvitationsPage />],
            ['staff/review/:id', <ReviewPage />],
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

/** Restores the session from the refresh cookie once, showing a loader until it is known. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  useEffect(() => {
    if (sessionStore.get().status === 'loading') void refreshSession();
  }, []);
  if (session.status === 'loading') return <FullPageLoader />;
  return children;
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <SessionGate>
          <AppRoutes />
        </SessionGate>
      </BrowserRouter>
    </Providers>
  );
}
