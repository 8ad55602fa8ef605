import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { FullPageLoader } from './components/FullPageLoader';
import { refreshSession } from './lib/api/client';
import { sessionStore, useSession } from './lib/auth/session';
import { AppRoutes } from './routes/AppRoutes';
import { cssVariablesResolver, theme } from './theme';

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
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
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
