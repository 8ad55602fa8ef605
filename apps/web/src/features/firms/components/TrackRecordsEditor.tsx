import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteTrackRecordMutation } from '../api/firms';
import type { FirmTrackRecord } from '../api/types';
import { mutationErrorText } from '../lib/errors';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { useNotify } from '../../../components/Notices';
import { TrackRecordModal } from './TrackRecordModal';
import { TrackRecordsTable } from './TrackRecordsTable';

export function TrackRecordsEditor({ firmId, records }: { firmId: string; records: FirmTrackRecord[] }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useDeleteTrackRecordMutation(firmId);
  const [editing, setEditing] = useState<FirmTrackRecord | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<FirmTrackRecord | null>(null);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      notify('success', t('firms.notices.trackRecordDeleted', { title: deleting.projectTitle }));
      setDeleting(null);
    } catch (error) {
      notify('error', mutationErrorText(error, t));
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('firms.trackRecords.hint')}
        </Text>
        <Button onClick={() => setEditing(null)}>{t('firms.trackRecords.add')}</Button>
      </Group>
      {records.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('firms.trackRecords.empty')}
        </Text>
      ) : (
        <TrackRecordsTable
          records={records}
          actions={(r) => (
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => setEditing(r)}
                aria-label={t('firms.trackRecords.editNamed', { title: r.projectTitle })}
              >
                {t('firms.edit.editItem')}
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                onClick={() => setDeleting(r)}
                aria-label={t('firms.trackRecords.deleteNamed', { title: r.projectTitle })}
              >
                {t('firms.edit.delete')}
              </Button>
            </Group>
          )}
        />
      )}
      <TrackRecordModal
        firmId={firmId}
        opened={editing !== undefined}
        record={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('firms.trackRecords.deleteTitle')}
        message={t('firms.trackRecords.deleteConfirm', { title: deleting?.projectTitle ?? '' })}
        pending={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
