import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the server forms consortia (up to about a second). */
export function FormingIndicator() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status" aria-live="polite" data-testid="consortia-forming">
      <Group gap="xs">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">{t('matching.consortia.forming')}</Text>
      </Group>
      <Progress value={100} animated size="sm" aria-hidden="true" />
    </Stack>
  );
}
