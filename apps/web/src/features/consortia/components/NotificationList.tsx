import { Box, Skeleton, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useNow } from '../../../lib/useNow';
import { latestNotificationsQueryOptions } from '../api/notifications';
import type { AppNotification } from '../api/types';
import { formatDateTime, relativeTime } from '../lib/time';

/** The latest notifications (title and body in the UI language); unread ones are bold with a dot. */
export function NotificationList({ onOpen }: { onOpen: (n: AppNotification) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const query = useQuery(latestNotificationsQueryOptions(10));
  const now = useNow();
  if (query.isPending) return <Skeleton h={120} aria-label={t('common.loading')} />;
  if (query.isError) {
    return (
      <QueryErrorAlert
        title={t('consortia.notifications.failed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md" ta="center">
        {t('consortia.notifications.empty')}
      </Text>
    );
  }
  return (
    <Stack
      component="ul"
      gap={0}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('consortia.notifications.listLabel')}
      data-testid="notification-list"
    >
      {query.data.items.map((n) => {
        const unread = !n.readAt;
        return (
          <li key={n.id} data-unread={unread}>
            <UnstyledButton
              onClick={() => onOpen(n)}
              w="100%"
              p="xs"
              style={{ borderRadius: 6, background: unread ? 'var(--mantine-color-blue-light)' : undefined }}
            >
              <Box style={{ display: 'flex', gap: 8 }}>
                <Box
                  aria-hidden
                  mt={6}
                  style={{
                    width: 8,
                    height: 8,
                    flexShrink: 0,
                    borderRadius: 4,
                    background: unread ? 'var(--mantine-color-blue-6)' : 'transparent',
                  }}
                />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={unread ? 700 : 500}>
                    {unread && <VisuallyHidden>{t('consortia.notifications.unreadPrefix')} </VisuallyHidden>}
                    {pickText(n.title, language)}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={3}>
                    {pickText(n.body, language)}
                  </Text>
                  <Text size="xs" c="dimmed" title={formatDateTime(n.createdAt, language) ?? undefined}>
                    {relativeTime(n.createdAt, now, language)}
                  </Text>
                </Stack>
              </Box>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
