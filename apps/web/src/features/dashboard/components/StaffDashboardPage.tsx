import { Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { dashboardSummaryQueryOptions, type DashboardSummary } from '../api/dashboard';
import {
  hasActiveFilters,
  parseFilters,
  withFilters,
  type DashboardFilters as Filters,
} from '../lib/filters';
import { CsvDownloads } from './CsvDownloads';
import { DashboardEmpty } from './DashboardEmpty';
import { DashboardFilters } from './DashboardFilters';
import { DashboardSkeleton } from './DashboardSkeleton';
import { FirmFunnelTable } from './FirmFunnelTable';
import { StatCards } from './StatCards';

// The charts (and recharts with them) load only when a staff member opens the dashboard.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

const NO_OPTIONS: DashboardSummary['filters'] = { programs: [], years: [] };

/** `/staff/dashboard`: program numbers for staff, filtered by program and year (both in the URL). */
export function StaffDashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const query = useQuery(dashboardSummaryQueryOptions(filters));
  // Filter options survive a failed reload, so the user can still change the filters: the last
  // ones the server sent, kept in state (adjusted while rendering when new ones arrive).
  const [options, setOptions] = useState<DashboardSummary['filters']>(NO_OPTIONS);
  if (query.data && query.data.filters !== options) setOptions(query.data.filters);

  const setFilters = (next: Filters) => setParams(withFilters(params, next));
  const total = query.data?.consortiaByStatus.reduce((n, s) => n + s.count, 0) ?? 0;

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={1} size="h2">
              {t('dashboard.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('dashboard.subtitle')}
            </Text>
          </div>
          <CsvDownloads filters={filters} />
        </Group>
        <Group justify="space-between" align="flex-end">
          <DashboardFilters
            filters={filters}
            programs={options.programs}
            years={options.years}
            disabled={query.isPending}
            onChange={setFilters}
          />
          {query.isPlaceholderData && (
            <Group gap={6} role="status">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('dashboard.updating')}
              </Text>
            </Group>
          )}
        </Group>
        <FirmFunnelTable filters={filters} />
        {query.isPending && <DashboardSkeleton />}
        {query.isError && (
          <QueryErrorAlert
            title={t('dashboard.loadFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.data && total === 0 && (
          <DashboardEmpty
            filtered={hasActiveFilters(filters)}
            onClear={() => setFilters({ programs: [], year: null })}
          />
        )}
        {query.data && total > 0 && (
          <Stack gap="md" aria-busy={query.isPlaceholderData}>
            <StatCards data={query.data} />
            <Suspense fallback={<DashboardSkeleton charts />}>
              <DashboardCharts data={query.data} />
            </Suspense>
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
