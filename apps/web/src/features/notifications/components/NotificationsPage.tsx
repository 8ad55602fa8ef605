import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDate, pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  notificationPageQueryOptions,
  PAGE_SIZE,
  useMarkAllReadMutation,
  useMarkReadMutation,
} from '../api/notifications';

/** `/notifications`: every notification, paged, with an unread filter (both in the URL). */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unread = params.get('unread') === 'true';
  const query = useQuery(notificationPageQueryOptions(page, unread));
  const markRead = useMarkReadMutation();
  const markAll = useMarkAllReadMutation();

  const setQuery = (next: { page?: number; unread?: boolean }) => {
    const p = new URLSearchParams();
    const u = next.unread ?? unread;
    if (u) p.set('unread', 'true');
    const pg = next.page ?? 1;
    if (pg > 1) p.set('page', String(pg));
    setParams(p);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('notifications.title')}</Title>
        <Group>
          <Switch
            label={t('notifications.unreadOnly')}
            checked={unread}
            onChange={(e) => setQuery({ unread: e.currentTarget.checked })}
          />
          <Button
            variant="light"
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={!query.data?.unreadCount}
          >
            {t('notifications.markAll')}
          </Button>
        </Group>
      </Group>
      {query.data && (
        <Text size="sm" c="dimmed" role="status">
          {t('notifications.counts', { total: query.data.total, unread: query.data.unreadCount })}
        </Text>
      )}
      {query.isPending ? (
        <Stack role="status" aria-label={t('common.loading')}>
          <Skeleton h={72} />
          <Skeleton h={72} />
        </Stack>
      ) : query.isError ? (
        <QueryErrorAlert
          title={t('notifications.failed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {unread ? t('notifications.emptyUnread') : t('notifications.empty')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('notifications.title')}
        >
          {query.data.items.map((n) => {
            const isUnread = !n.readAt;
            const title = pickText(n.title, language);
            return (
              <Card component="li" key={n.id} withBorder padding="sm" data-unread={isUnread}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      {isUnread && (
                        <Badge size="sm" color="blue" variant="filled">
                          {t('notifications.unread')}
                        </Badge>
                      )}
                      <Text fw={isUnread ? 700 : 500}>
                        {n.link ? (
                          <Anchor
                            component={Link}
                            to={n.link}
                            onClick={() => isUnread && markRead.mutate(n.id)}
                          >
                            {title}
                          </Anchor>
                        ) : (
                          title
                        )}
                      </Text>
                    </Group>
                    <Text size="sm">{pickText(n.body, language)}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(n.createdAt, language)}
                    </Text>
                  </Stack>
                  {isUnread && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => markRead.mutate(n.id)}
                      aria-label={t('notifications.markReadOf', { title })}
                    >
                      {t('notifications.markRead')}
                    </Button>
                  )}
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      {query.data && (
        <ListPagination
          total={query.data.total}
          limit={PAGE_SIZE}
          page={page}
          onChange={(p) => setQuery({ page: p })}
        />
      )}
    </Stack>
  );
}
