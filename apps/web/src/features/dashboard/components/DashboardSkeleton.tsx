import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholders in the shape of the stat cards and charts while the first load runs (`charts`: only the charts). */
export function DashboardSkeleton({ charts = false }: { charts?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status" aria-label={t('common.loading')}>
      {!charts && (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} h={84} radius="md" />
          ))}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={300} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
