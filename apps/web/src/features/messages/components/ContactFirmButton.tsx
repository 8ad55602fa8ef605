import { Alert, Button, Group, Modal, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';
import { useCreateContactRequestMutation } from '../api/messages';

/** "Contact this firm": a short message (optionally about a project); the firm accepts to open a thread. */
export function ContactFirmButton({
  firmId,
  firmName,
  projectId,
}: {
  firmId: string;
  firmName: string;
  projectId?: string;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const create = useCreateContactRequestMutation();

  const submit = async () => {
    if (!message.trim()) return setError(t('messages.contact.required'));
    try {
      await create.mutateAsync({
        toFirmId: firmId,
        message: message.trim(),
        ...(projectId ? { projectId } : {}),
      });
      setSent(true);
      setOpened(false);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? t('messages.contact.duplicate')
          : e instanceof ApiError && e.status === 403
            ? t('messages.contact.refused')
            : t('errors.generic'),
      );
    }
  };

  return (
    <>
      {sent ? (
        <Alert color="green" py={6} data-testid="contact-sent">
          {t('messages.contact.sent', { name: firmName })}
        </Alert>
      ) : (
        <Button variant="light" onClick={() => setOpened(true)} data-testid="contact-firm">
          {t('messages.contact.action')}
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('messages.contact.title', { name: firmName })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Textarea
          label={t('messages.contact.message')}
          description={t('messages.contact.hint')}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={create.isPending}>
            {t('messages.contact.send')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
