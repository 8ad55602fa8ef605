import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposeModal } from '../../../components/ComposeModal';
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
      <ComposeModal
        opened={opened}
        title={t('messages.contact.title', { name: firmName })}
        label={t('messages.contact.message')}
        description={t('messages.contact.hint')}
        value={message}
        onChange={setMessage}
        error={error}
        maxLength={2000}
        submitLabel={t('messages.contact.send')}
        pending={create.isPending}
        onSubmit={() => void submit()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
