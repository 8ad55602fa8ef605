import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { currentLanguage } from '../../../lib/i18n';
import { contactRequestsQueryOptions, useAnswerContactRequestMutation } from '../api/messaging';
import type { ContactRequest } from '../api/types';

const STATUS_COLOR = { pending: 'yellow', accepted: 'green', declined: 'gray' } as const;

function RequestCard({
  request,
  side,
  onAccept,
  onDecline,
  onOpen,
  busy,
}: {
  request: ContactRequest;
  side: 'received' | 'sent';
  onAccept?: () => void;
  onDecline?: () => void;
  onOpen: (threadId: string) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ko = currentLanguage(i18n) === 'ko';
  const firm = side === 'received' ? request.fromFirm : request.toFirm;
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="contact-request">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>{ko ? (firm.nameKo ?? firm.name) : firm.name}</Text>
        <Badge color={STATUS_COLOR[request.status]} variant="light">
          {t(`messaging.requests.status.${request.status}`)}
        </Badge>
      </Group>
      {request.projectTitle && (
        <Text size="xs" c="dimmed">
          {t('messaging.requests.about', { project: request.projectTitle })}
        </Text>
      )}
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {request.message}
      </Text>
      <Group justify="flex-end" mt="xs" gap="xs">
        {request.status === 'pending' && onAccept && onDecline && (
          <>
            <Button size="xs" variant="default" onClick={onDecline} disabled={busy}>
              {t('messaging.requests.decline')}
            </Button>
            <Button size="xs" onClick={onAccept} loading={busy}>
              {t('messaging.requests.accept')}
            </Button>
          </>
        )}
        {request.threadId && (
          <Button size="xs" variant="light" onClick={() => onOpen(request.threadId!)}>
            {t('messaging.requests.open')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** Contact requests the firm received (accept / decline after a confirmation) and sent. */
export function ContactRequestsPanel({ onOpenThread }: { onOpenThread: (threadId: string) => void }) {
  const { t } = useTranslation();
  const received = useQuery(contactRequestsQueryOptions('received'));
  const sent = useQuery(contactRequestsQueryOptions('sent'));
  const answer = useAnswerContactRequestMutation();
  const [declining, setDeclining] = useState<ContactRequest | null>(null);

  const accept = async (r: ContactRequest) => {
    const { threadId } = (await answer.mutateAsync({ id: r.id, accept: true })) as { threadId: string };
    onOpenThread(threadId);
  };

  const section = (side: 'received' | 'sent', q: typeof received) => (
    <Stack gap="xs" component="section" aria-labelledby={`requests-${side}`}>
      <Title order={2} size="h5" id={`requests-${side}`}>
        {t(`messaging.requests.${side}`)}
      </Title>
      {q.isPending && <Skeleton h={80} aria-label={t('common.loading')} />}
      {q.isError && !q.data && (
        <QueryErrorAlert
          title={t('messaging.errors.requestsFailed')}
          error={q.error}
          onRetry={() => void q.refetch()}
        />
      )}
      {q.data && q.data.items.length === 0 && (
        <Text c="dimmed" size="sm" data-testid={`requests-${side}-empty`}>
          {t(`messaging.requests.${side}Empty`)}
        </Text>
      )}
      {q.data && q.data.items.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {q.data.items.map((r) => (
            <RequestCard
              key={r.id}
              request={r}
              side={side}
              busy={answer.isPending}
              onOpen={onOpenThread}
              {...(side === 'received'
                ? { onAccept: () => void accept(r), onDecline: () => setDeclining(r) }
                : {})}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );

  return (
    <Stack gap="lg">
      {section('received', received)}
      {section('sent', sent)}
      <ConfirmModal
        opened={!!declining}
        title={t('messaging.requests.declineTitle')}
        message={t('messaging.requests.declineMessage')}
        confirmLabel={t('messaging.requests.decline')}
        pending={answer.isPending}
        onConfirm={() => {
          if (declining)
            void answer.mutateAsync({ id: declining.id, accept: false }).then(() => setDeclining(null));
        }}
        onClose={() => setDeclining(null)}
      />
    </Stack>
  );
}
