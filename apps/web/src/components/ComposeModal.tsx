import { Button, Group, Modal, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  maxLength: number;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
}

/** A short text to send (a contact request, a reply): one text area, Cancel and the send button. */
export function ComposeModal(p: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={p.opened}
      onClose={p.onClose}
      title={p.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Textarea
        label={p.label}
        description={p.description}
        value={p.value}
        onChange={(e) => p.onChange(e.currentTarget.value)}
        error={p.error}
        autosize
        minRows={3}
        maxLength={p.maxLength}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={p.onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={p.onSubmit} loading={p.pending}>
          {p.submitLabel}
        </Button>
      </Group>
    </Modal>
  );
}
