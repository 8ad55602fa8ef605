import { Alert, Button, Container, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryOptions } from '../../../lib/auth/me';
import { useSession } from '../../../lib/auth/session';
import { MyFirmCard } from './MyFirmCard';
import { ReviewQueueCard } from './ReviewQueueCard';

/**
 * `/`: the signed-in home page — the user's firm card or the review-queue card; `forFirm` renders
 * below them for users with a firm (the app puts the projects that fit the firm there).
 */
export function HomePage({ forFirm }: { forFirm?: (firmId: string) => ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const me = useQuery({
    ...meQueryOptions(),
    placeholderData: session.user ?? undefined,
    enabled: session.status === 'authenticated',
  });
  const user = me.data;

  return (
    <Container size="lg" py="md">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {user ? t('home.welcome', { name: user.name }) : t('home.title')}
        </Title>
        {me.isError && !user && (
          <Alert color="red" variant="light" title={t('errors.loadFailed')} role="alert">
            <Button size="xs" variant="light" color="red" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        )}
        {!user && me.isPending && <Skeleton h={220} radius="md" aria-label={t('common.loading')} />}
        {user && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {user.firm && <MyFirmCard firm={user.firm} />}
            {user.permissions.includes('consortium:review') && <ReviewQueueCard />}
            {!user.firm && !user.permissions.includes('consortium:review') && (
              <Card withBorder radius="md" padding="lg">
                <Text size="sm" c="dimmed">
                  {t('home.myFirm.noFirm')}
                </Text>
              </Card>
            )}
          </SimpleGrid>
        )}
        {user?.firmId && forFirm?.(user.firmId)}
      </Stack>
    </Container>
  );
}
