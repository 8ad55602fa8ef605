import { Badge, Container, Grid, NavLink, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { currentLanguage } from '../../../lib/i18n';
import { THREADS_PAGE_SIZE, threadsQueryOptions } from '../api/messaging';
import type { ThreadSummary } from '../api/types';
import { ContactRequestsPanel } from './ContactRequestsPanel';
import { ThreadView } from './ThreadView';

function threadTitle(thread: ThreadSummary, ko: boolean): string {
  return ko && thread.titleKo ? thread.titleKo : thread.title;
}

function Conversations({ selected, onSelect }: { selected: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const ko = currentLanguage(i18n) === 'ko';
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useQuery(threadsQueryOptions(page));
  if (query.isPending) return <Skeleton h={240} aria-label={t('common.loading')} />;
  if (query.isError && !query.data)
    return (
      <QueryErrorAlert
        title={t('messaging.errors.threadsFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const { items, total } = query.data;
  if (!items.length)
    return (
      <Text c="dimmed" ta="center" py="xl" data-testid="threads-empty">
        {t('messaging.threads.empty')}
      </Text>
    );
  const current = items.find((x) => x.id === selected) ?? null;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap={4} component="nav" aria-label={t('messaging.threads.list')}>
          {items.map((thread) => (
            <NavLink
              key={thread.id}
              component="button"
              active={thread.id === selected}
              onClick={() => onSelect(thread.id)}
              label={threadTitle(thread, ko)}
              description={
                <Text size="xs" c="dimmed" lineClamp={1} component="span">
                  {t(`messaging.threads.kind.${thread.kind}`)}
                  {thread.lastMessage ? ` · ${thread.lastMessage}` : ''}
                </Text>
              }
              rightSection={
                thread.unreadCount > 0 ? (
                  <Badge
                    size="sm"
                    circle
                    aria-label={t('messaging.threads.unread', { count: thread.unreadCount })}
                  >
                    {thread.unreadCount}
                  </Badge>
                ) : null
              }
              data-testid="thread-link"
            />
          ))}
          <ListPagination
            total={total}
            limit={THREADS_PAGE_SIZE}
            page={page}
            onChange={(p) => setParams((prev) => (prev.set('page', String(p)), prev))}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {selected ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="thread-title">
            <Title order={2} size="h4" id="thread-title" mb="sm">
              {current ? threadTitle(current, ko) : t('messaging.threads.conversation')}
            </Title>
            <ThreadView kind="thread" id={selected} />
          </Paper>
        ) : (
          <Text c="dimmed" ta="center" py="xl">
            {t('messaging.threads.pick')}
          </Text>
        )}
      </Grid.Col>
    </Grid>
  );
}

/** `/messages`: the firm's conversations (consortium and direct) and its contact requests. */
export function MessagesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'requests' ? 'requests' : 'threads';
  const selected = params.get('thread');
  const openThread = (id: string) =>
    setParams((prev) => {
      prev.set('thread', id);
      prev.delete('tab');
      return prev;
    });
  return (
    <Container size="lg" py="md">
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('messaging.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('messaging.subtitle')}
          </Text>
        </div>
        <Tabs
          value={tab}
          onChange={(v) =>
            setParams((prev) => {
              if (v === 'requests') prev.set('tab', 'requests');
              else prev.delete('tab');
              return prev;
            })
          }
        >
          <Tabs.List>
            <Tabs.Tab value="threads">{t('messaging.tabs.threads')}</Tabs.Tab>
            <Tabs.Tab value="requests">{t('messaging.tabs.requests')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="threads" pt="md">
            <Conversations selected={selected} onSelect={openThread} />
          </Tabs.Panel>
          <Tabs.Panel value="requests" pt="md">
            <ContactRequestsPanel onOpenThread={openThread} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}
