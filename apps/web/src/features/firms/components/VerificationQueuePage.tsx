import { Alert, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { NoticeProvider, useNotify } from '../../../components/Notices';
import { useSession } from '../../../lib/auth/session';
import { firmListQueryOptions, toListQuery, useVerifyFirmMutation } from '../api/firms';
import type { FirmListItem } from '../api/types';
import { EMPTY_FILTERS } from '../lib/directoryParams';
import { mutationErrorText } from '../lib/errors';
import { canVerifyFirms } from '../lib/permissions';
import { LoadError } from './LoadError';
import { RejectModal } from './RejectModal';
import { VerificationRow } from './VerificationRow';

function Queue() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const list = useQuery(
    firmListQueryOptions(toListQuery({ ...EMPTY_FILTERS, page }, { status: ['pending'] })),
  );
  const verify = useVerifyFirmMutation();
  const [rejecting, setRejecting] = useState<FirmListItem | null>(null);
  const [approving, setApproving] = useState<FirmListItem | null>(null);
  const data = list.data;

  const approve = async (firm: FirmListItem) => {
    try {
      await verify.mutateAsync({ id: firm.id, body: { decision: 'verified' } });
      notify('success', t('firms.verification.approved', { name: firm.name }));
    } catch (error) {
      notify('error', mutationErrorText(error, t));
    } finally {
      setApproving(null);
    }
  };
  const reject = async (reason: string) => {
    if (!rejecting) return;
    await verify.mutateAsync({ id: rejecting.id, body: { decision: 'rejected', reason } });
    notify('success', t('firms.verification.rejected', { name: rejecting.name }));
    setRejecting(null);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('firms.verification.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('firms.verification.subtitle')}
        </Text>
      </div>
      {data && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {t('firms.verification.waiting', { count: data.total })}
        </Text>
      )}
      {list.isPending && <Skeleton h={160} radius="md" aria-label={t('common.loading')} />}
      {list.isError && !data && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.items.length === 0 && (
        <Text c="dimmed" py="xl" ta="center" data-testid="queue-empty">
          {t('firms.verification.empty')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('firms.verification.listLabel')}
        >
          {data.items.map((firm) => (
            <VerificationRow
              key={firm.id}
              firm={firm}
              busy={verify.isPending}
              onApprove={() => setApproving(firm)}
              onReject={() => setRejecting(firm)}
            />
          ))}
        </Stack>
      )}
      {data && (
        <ListPagination
          total={data.total}
          limit={data.limit}
          page={page}
          onChange={(p) => setParams(p > 1 ? { page: String(p) } : {})}
        />
      )}
      <ConfirmModal
        opened={approving !== null}
        title={t('firms.verification.confirmTitle')}
        message={t('firms.verification.confirmBody', { name: approving?.name ?? '' })}
        confirmLabel={t('firms.verification.confirmAction')}
        color="green"
        pending={verify.isPending}
        onConfirm={() => approving && void approve(approving)}
        onClose={() => setApproving(null)}
      />
      <RejectModal
        firmName={rejecting ? rejecting.name : null}
        pending={verify.isPending}
        onReject={reject}
        onClose={() => setRejecting(null)}
      />
    </Stack>
  );
}

/** Staff only (`firm:verify`): firms waiting for verification, approve or reject with a reason. */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!canVerifyFirms(session.user)) {
    return (
      <Container size="lg" py="md">
        <Alert color="yellow" variant="light" title={t('firms.verification.forbiddenTitle')} role="alert">
          {t('firms.verification.forbidden')}
        </Alert>
      </Container>
    );
  }
  return (
    <NoticeProvider>
      <Container size="lg" py="md">
        <Queue />
      </Container>
    </NoticeProvider>
  );
}
