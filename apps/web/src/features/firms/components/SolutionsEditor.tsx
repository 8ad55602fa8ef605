import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteSolutionMutation } from '../api/firms';
import type { FirmSolution } from '../api/types';
import { mutationErrorText } from '../lib/errors';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { useNotify } from '../../../components/Notices';
import { SolutionCard } from './SolutionCard';
import { SolutionModal } from './SolutionModal';

/** The firm's solutions with add / edit / delete (each in a modal). */
export function SolutionsEditor({ firmId, solutions }: { firmId: string; solutions: FirmSolution[] }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useDeleteSolutionMutation(firmId);
  const [editing, setEditing] = useState<FirmSolution | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<FirmSolution | null>(null);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      notify('success', t('firms.notices.solutionDeleted', { name: deleting.name }));
      setDeleting(null);
    } catch (error) {
      notify('error', mutationErrorText(error, t));
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('firms.solutions.hint')}
        </Text>
        <Button onClick={() => setEditing(null)}>{t('firms.solutions.add')}</Button>
      </Group>
      {solutions.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('firms.solutions.empty')}
        </Text>
      )}
      {solutions.map((s) => (
        <SolutionCard
          key={s.id}
          solution={s}
          actions={
            <>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => setEditing(s)}
                aria-label={t('firms.solutions.editNamed', { name: s.name })}
              >
                {t('firms.edit.editItem')}
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                onClick={() => setDeleting(s)}
                aria-label={t('firms.solutions.deleteNamed', { name: s.name })}
              >
                {t('firms.edit.delete')}
              </Button>
            </>
          }
        />
      ))}
      <SolutionModal
        firmId={firmId}
        opened={editing !== undefined}
        solution={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('firms.solutions.deleteTitle')}
        message={t('firms.solutions.deleteConfirm', { name: deleting?.name ?? '' })}
        pending={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
