import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../../lib/download';
import { fetchProjectsCsv } from '../api/projects';
import type { ProjectFilters } from '../lib/filters';

/**
 * Downloads the projects matching the current filters as CSV. A plain link would not carry
 * the bearer token, so the file is fetched through the API client and saved from a Blob URL.
 */
export function DownloadCsvButton({ filters }: { filters: ProjectFilters }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => fetchProjectsCsv(filters),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
  });
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" loading={download.isPending} onClick={() => download.mutate()}>
        {t('projects.list.downloadCsv')}
      </Button>
      {download.isError && (
        <Text size="xs" c="red" role="alert">
          {t('projects.list.downloadFailed')}
        </Text>
      )}
    </Stack>
  );
}
