import {
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import {
  NOTIFY_OPTIONS,
  savedSearchesQueryOptions,
  useDeleteSavedSearchMutation,
  useUpdateSavedSearchMutation,
  type SavedSearch,
} from '../api/saved-searches';
import { savedSearchUrl } from '../lib/links';

/** The settings section: your saved searches, their alerts, open or delete them. */
export function SavedSearchesPanel() {
  const { t } = useTranslation();
  const query = useQuery(savedSearchesQueryOptions());
  const update = useUpdateSavedSearchMutation();
  const remove = useDeleteSavedSearchMutation();
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="saved-searches-heading">
      <Title order={2} size="h3" id="saved-searches-heading">
        {t('saved-searches.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('saved-searches.intro')}
      </Text>
      {query.isPending ? (
        <Skeleton h={80} role="status" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <QueryErrorAlert
          title={t('saved-searches.failed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <Text size="sm">{t('saved-searches.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('saved-searches.name')}</Table.Th>
                <Table.Th>{t('saved-searches.kind')}</Table.Th>
                <Table.Th>{t('saved-searches.notify')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('saved-searches.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={savedSearchUrl(s)}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`saved-searches.kinds.${s.kind}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {s.kind === 'projects' ? (
                      <Select
                        size="xs"
                        aria-label={t('saved-searches.notifyOf', { name: s.name })}
                        allowDeselect={false}
                        value={s.notify}
                        data={NOTIFY_OPTIONS.map((value) => ({
                          value,
                          label: t(`saved-searches.notifyOptions.${value}`),
                        }))}
                        onChange={(v) => v && update.mutate({ id: s.id, notify: v })}
                      />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('saved-searches.notifyOptions.none')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        onClick={() => setDeleting(s)}
                        aria-label={t('saved-searches.deleteOf', { name: s.name })}
                      >
                        {t('saved-searches.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('saved-searches.deleteTitle')}
        message={t('saved-searches.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('saved-searches.delete')}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
