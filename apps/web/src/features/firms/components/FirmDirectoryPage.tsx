import type { ReactNode } from 'react';
import { Container, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { firmListQueryOptions, toListQuery } from '../api/firms';
import { type DirectoryFilters, readFilters, writeFilters } from '../lib/directoryParams';
import { DirectoryFilterBar } from './DirectoryFilterBar';
import { FirmResultCard } from './FirmResultCard';
import { LoadError } from './LoadError';

/** `actions` (a slot) gets the current `GET /api/firms` query (routes/ fills it with "Save this search"). */
export function FirmDirectoryPage({
  actions,
}: { actions?: (query: Record<string, unknown>) => ReactNode } = {}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useQuery(firmListQueryOptions(toListQuery(filters)));
  const data = list.data;

  // Changing a filter goes back to page 1; paging keeps the filters. Built from the latest URL (not
  // this render's), so two changes in quick succession both stick.
  const update = (next: Partial<DirectoryFilters>) =>
    setParams((prev) => writeFilters({ ...readFilters(prev), page: 1, ...next }));

  return (
    <Container size="lg" py="md">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('firms.directory.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('firms.directory.subtitle')}
          </Text>
        </div>
        <DirectoryFilterBar filters={filters} onChange={update} />
        {actions && <Group>{actions(toListQuery(filters))}</Group>}
        <section aria-labelledby="firm-results-heading" aria-busy={list.isFetching}>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="firm-results-heading">
              {t('firms.directory.results')}
            </Title>
            {data && (
              <Text size="sm" c="dimmed" role="status" aria-live="polite">
                {t('firms.directory.total', { count: data.total })}
              </Text>
            )}
          </Group>
          {list.isError && !data && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
          {list.isPending && (
            <Stack gap="sm" aria-label={t('common.loading')}>
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} h={120} radius="md" />
              ))}
            </Stack>
          )}
          {data && data.items.length === 0 && (
            <Text c="dimmed" py="xl" ta="center">
              {t('firms.directory.empty')}
            </Text>
          )}
          {data && data.items.length > 0 && (
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
            >
              {data.items.map((firm) => (
                <FirmResultCard
                  key={firm.id}
                  firm={firm}
                  showStatus={firm.verificationStatus !== 'verified'}
                />
              ))}
            </SimpleGrid>
          )}
          {data && (
            <ListPagination
              total={data.total}
              limit={data.limit}
              page={filters.page}
              onChange={(page) => setParams(writeFilters({ ...filters, page }))}
              mt="lg"
            />
          )}
        </section>
      </Stack>
    </Container>
  );
}
