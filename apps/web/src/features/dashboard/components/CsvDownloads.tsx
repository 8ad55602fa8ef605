import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../../lib/download';
import { fetchDashboardCsv, type CsvExport } from '../api/dashboard';
import type { DashboardFilters } from '../lib/filters';

/** The review queue and the decisions as CSV, with the current filters. */
export function CsvDownloads({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (kind: CsvExport) => fetchDashboardCsv(kind, filters),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
  });
  const button = (kind: CsvExport) => (
    <Button
      variant="default"
      size="sm"
      loading={download.isPending && download.variables === kind}
      onClick={() => download.mutate(kind)}
    >
      {t(`dashboard.downloads.${kind}`)}
    </Button>
  );
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {button('reviewQueue')}
        {button('decisions')}
        {button('firmFunnel')}
      </Group>
      {download.isError && (
        <Text size="xs" c="red" role="alert">
          {t('dashboard.downloads.failed')}
        </Text>
      )}
    </Stack>
  );
}
