import { Button, Group, Modal, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';
import { useReportMessageMutation } from '../api/messaging';

/** "Report" on someone else's message: a reason, then staff are told. */
export function ReportMessageButton({ messageId }: { messageId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const report = useReportMessageMutation();

  const submit = async () => {
    if (!reason.trim()) return setError(t('messaging.report.reasonRequired'));
    try {
      await report.mutateAsync({ id: messageId, reason: reason.trim() });
      setDone(t('messaging.report.sent'));
      setOpened(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setDone(t('messaging.report.already'));
        setOpened(false);
      } else setError(t('errors.generic'));
    }
  };

  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        onClick={() => setOpened(true)}
        disabled={!!done}
      >
        {done ?? t('messaging.report.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('messaging.report.title')}
        size="sm"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Textarea
          label={t('messaging.report.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          maxLength={1000}
          data-autofocus
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void submit()} loading={report.isPending}>
            {t('messaging.report.submit')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
