import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposeModal } from '../../../components/ComposeModal';
import { ApiError } from '../../../lib/api/errors';
import { useCreateContactRequestMutation } from '../api/messaging';

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
    if (!message.trim()) return setError(t('messaging.contact.required'));
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
          ? t('messaging.contact.duplicate')
          : e instanceof ApiError && e.status === 403
            ? t('messaging.contact.refused')
            : t('errors.generic'),
      );
    }
  };

  return (
    <>
      {sent ? (
        <Alert color="green" py={6} data-testid="contact-sent">
          {t('messaging.contact.sent', { name: firmName })}
        </Alert>
      ) : (
        <Button variant="light" onClick={() => setOpened(true)} data-testid="contact-firm">
          {t('messaging.contact.action')}
        </Button>
      )}
      <ComposeModal
        opened={opened}
        title={t('messaging.contact.title', { name: firmName })}
        label={t('messaging.contact.message')}
        description={t('messaging.contact.hint')}
        value={message}
        onChange={setMessage}
        error={error}
        maxLength={2000}
        submitLabel={t('messaging.contact.send')}
        pending={create.isPending}
        onSubmit={() => void submit()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
