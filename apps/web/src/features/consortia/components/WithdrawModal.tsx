import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { useWithdrawMutation } from '../api/consortia';
import { actionErrorText } from '../lib/errors';

/** Withdraw the consortium (frees every member's seat); the reason is optional and shown in the history. */
export function WithdrawModal({
  consortiumId,
  opened,
  onClose,
}: {
  consortiumId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const withdraw = useWithdrawMutation(consortiumId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await withdraw.mutateAsync(reason.trim() ? { reason: reason.trim() } : {});
      notify('success', t('consortia.withdraw.done'));
      onClose();
    } catch (e) {
      setError(actionErrorText(e, t));
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('consortia.withdraw.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('consortia.withdraw.message')}</Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Textarea
          label={t('consortia.withdraw.reason')}
          description={t('common.optional')}
          maxLength={1000}

          rows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={withdraw.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={withdraw.isPending}>
            {t('consortia.withdraw.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
