import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { NoticeProvider, useNotify } from '../../../components/Notices';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { INVITATIONS_PAGE_SIZE, invitationsQueryOptions, useRespondMutation } from '../api/consortia';
import type { DeclineRequest, Invitation } from '../api/types';
import { actionErrorText } from '../lib/errors';
import { DeclineModal } from './DeclineModal';
import { InvitationCard } from './InvitationCard';

function InvitationList({
  title,
  items,
  busy,
  onAccept,
  onDecline,
  testId,
}: {
  title: string;
  items: Invitation[];
  busy: boolean;
  onAccept?: (inv: Invitation) => void;
  onDecline?: (inv: Invitation) => void;
  testId: string;
}) {
  const id = `${testId}-title`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={id}
        data-testid={testId}
      >
        {items.map((inv) => (
          <InvitationCard
            key={inv.id}
            invitation={inv}
            busy={busy}
            onAccept={onAccept && (() => onAccept(inv))}
            onDecline={onDecline && (() => onDecline(inv))}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useQuery(invitationsQueryOptions(page));
  const respond = useRespondMutation();
  const [declining, setDeclining] = useState<Invitation | null>(null);
  const items = query.data?.items ?? [];
  const pending = items.filter((i) => i.status === 'invited');
  const answered = items.filter((i) => i.status !== 'invited');

  const accept = async (inv: Invitation) => {
    try {
      await respond.mutateAsync({ consortiumId: inv.consortium.id, memberId: inv.id, accept: true });
      notify('success', t('consortia.respond.accepted', { name: inv.consortium.name }));
    } catch (error) {
      notify('error', actionErrorText(error, t));
    }
  };
  const decline = async (body: DeclineRequest) => {
    if (!declining) return;
    await respond.mutateAsync({
      consortiumId: declining.consortium.id,
      memberId: declining.id,
      accept: false,
      body,
    });
    notify('success', t('consortia.respond.declined', { name: declining.consortium.name }));
    setDeclining(null);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('consortia.inbox.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('consortia.inbox.subtitle')}
        </Text>
      </div>
      {query.isPending && <Skeleton h={180} radius="md" aria-label={t('common.loading')} />}
      {query.isError && !query.data && (
        <QueryErrorAlert
          title={t('consortia.errors.inboxFailed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.data && (
        <>
          {pending.length > 0 ? (
            <InvitationList
              title={t('consortia.inbox.pending', { count: pending.length })}
              items={pending}
              busy={respond.isPending}
              onAccept={(i) => void accept(i)}
              onDecline={setDeclining}
              testId="pending-invitations"
            />
          ) : (
            <Text c="dimmed" ta="center" py="lg" data-testid="inbox-empty">
              {t('consortia.inbox.empty')}
            </Text>
          )}
          {answered.length > 0 && (
            <InvitationList
              title={t('consortia.inbox.answered')}
              items={answered}
              busy={respond.isPending}
              testId="answered-invitations"
            />
          )}
          <ListPagination
            total={query.data?.total ?? 0}
            limit={INVITATIONS_PAGE_SIZE}
            page={page}
            onChange={(p) => setParams((prev) => (prev.set('page', String(p)), prev))}
          />
        </>
      )}
      <DeclineModal
        subject={declining ? declining.consortium.name : null}
        pending={respond.isPending}
        onDecline={decline}
        onClose={() => setDeclining(null)}
      />
    </Stack>
  );
}

/** `/invitations`: the firm's invitations, pending first (accept / decline with a reason), answered ones below. */
export function InvitationsPage() {
  return (
    <NoticeProvider>
      <Container size="md" py="md">
        <Inbox />
      </Container>
    </NoticeProvider>
  );
}
