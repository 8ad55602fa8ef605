import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../components/FullPageLoader';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MainNav } from '../components/MainNav';
import { useLogoutMutation } from '../features/auth/api/auth';
import { useSession } from '../lib/auth/session';
import { PageTitle } from './PageTitle';

// Its popover, list and queries load after the shell, in their own chunk (first-load budget).
const NotificationBell = lazy(() =>
  import('../features/consortia/components/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogoutMutation();
  const summary =
    session.status === 'authenticated'
      ? t('header.userSummary', { name: session.user.name, role: t(`enums.role.${session.user.role}`) })
      : '';

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <PageTitle />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Anchor
              component={Link}
              to="/"
              fw={700}
              size="lg"
              underline="never"
              c="inherit"
              style={{ whiteSpace: 'nowrap' }}
              aria-label={t('app.name')}
            >
              {/* Phones (390 px) get the short name so the header never scrolls sideways. */}
              <Text span inherit visibleFrom="sm">
                {t('app.name')}
              </Text>
              <Text span inherit hiddenFrom="sm" aria-hidden>
                CM
              </Text>
            </Anchor>
            <MainNav />
          </Group>
          <Group gap={6} wrap="nowrap">
            {session.status === 'authenticated' && (
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <LanguageSwitch />
            {session.status === 'authenticated' && (
              <>
                <Text
                  size="sm"
                  visibleFrom="sm"
                  data-testid="user-summary"
                  truncate="end"
                  maw={170}
                  title={summary}
                >
                  {summary}
                </Text>
                <Button
                  variant="default"
                  size="xs"
                  loading={logout.isPending}
                  disabled={logout.isPending}
                  onClick={() => logout.mutate()}
                >
                  {t('header.signOut')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
