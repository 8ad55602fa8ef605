import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { FullPageLoader } from './components/FullPageLoader';
import { GuestOnly, RequireAuth } from './components/RouteGuards';
import { SignInPage } from './features/auth/components/SignInPage';
import { SignUpPage } from './features/auth/components/SignUpPage';
import { DashboardPage } from './features/dashboard/components/DashboardPage';
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
              <DashboardPage />
            </RequireAuth>
          }
        />
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
