import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api/errors';
import { currentLanguage } from '../../../lib/i18n';
import { MESSAGES_PAGE_SIZE, messagesQueryOptions, usePostMessageMutation } from '../api/messaging';
import type { Message } from '../api/types';
import { ReportMessageButton } from './ReportMessageButton';

const MAX_LENGTH = 4000;

function MessageItem({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const firm = message.authorFirm
    ? language === 'ko'
      ? (message.authorFirm.nameKo ?? message.authorFirm.name)
      : message.authorFirm.name
    : t('messaging.thread.staff');
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(message.createdAt),
  );
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      bg={message.mine ? 'var(--mantine-color-blue-light)' : undefined}
      data-testid="message"
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {message.authorName}
          </Text>{' '}
          · {firm} · <time dateTime={message.createdAt}>{when}</time>
        </Text>
        {!message.mine && <ReportMessageButton messageId={message.id} />}
      </Group>
      {/* Plain text: whatever markup a sender typed is shown as typed. */}
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </Text>
    </Paper>
  );
}

/** A thread's messages (oldest at the top of each page), paged back in time, with the composer. */
export function ThreadView({ kind, id }: { kind: 'thread' | 'consortium'; id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const query = useQuery(messagesQueryOptions(kind, id, page));
  const post = usePostMessageMutation(kind, id);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError(t('messaging.thread.empty'));
    setError(null);
    try {
      await post.mutateAsync({ body: text, clientId: crypto.randomUUID() });
      setBody('');
      setPage(1);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 403
          ? t('messaging.thread.readOnly')
          : e instanceof ApiError
            ? e.details.map((d) => d.message).join(' — ') || e.message
            : t('errors.network'),
      );
    }
  };

  if (query.isPending) return <Skeleton h={200} radius="md" aria-label={t('common.loading')} />;
  if (query.isError && !query.data)
    return (
      <QueryErrorAlert
        title={t('messaging.errors.threadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const { thread, items, total } = query.data;
  const inputId = `composer-${id}`;
  return (
    <Stack gap="sm">
      {total > MESSAGES_PAGE_SIZE && (
        <ListPagination total={total} limit={MESSAGES_PAGE_SIZE} page={page} onChange={setPage} />
      )}
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="thread-empty">
          {t('messaging.thread.none')}
        </Text>
      ) : (
        <Stack
          component="ol"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('messaging.thread.list')}
        >
          {[...items].reverse().map((m) => (
            <MessageItem key={m.id} message={m} />
          ))}
        </Stack>
      )}
      {thread.canWrite ? (
        <form onSubmit={(e) => void send(e)} noValidate>
          <Stack gap="xs">
            <Textarea
              id={inputId}
              label={t('messaging.thread.compose')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={MAX_LENGTH}
              error={error}
              description={t('messaging.thread.plainText')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={post.isPending}>
                {t('messaging.thread.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Alert color="gray" data-testid="thread-read-only">
          {thread.readOnlyReason === 'blocked'
            ? t('messaging.thread.blocked')
            : t('messaging.thread.staffReadOnly')}
        </Alert>
      )}
    </Stack>
  );
}
