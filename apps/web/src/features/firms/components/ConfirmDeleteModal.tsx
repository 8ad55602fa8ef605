import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  message: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDeleteModal({ opened, title, message, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="sm">
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('firms.edit.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={pending} disabled={pending} data-autofocus>
          {t('firms.edit.delete')}
        </Button>
      </Group>
    </Modal>
  );
}
