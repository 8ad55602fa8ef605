import { Button, Container, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { projectsQueryOptions } from '../api/projects';
import {
  clearFilters,
  hasActiveFilters,
  parseFilters,
  setParam,
  toApiQuery,
  toggleFacet,
  type Facet,
} from '../lib/filters';
import { DownloadCsvButton } from './DownloadCsvButton';
import { EmptyResults } from './EmptyResults';
import { FacetFilters } from './FacetFilters';
import { ProjectResults } from './ProjectResults';
import { ProjectSearchBox } from './ProjectSearchBox';
import { SortSelect } from './SortSelect';

/**
 * `/projects`: search, facet filters, sort and pages, all held in the URL so links and Back work.
 * `actions` (a slot) adds buttons beside the CSV export with the current `GET /api/projects` query
 * (routes/ fills it with "Save this search").
 */
export function ProjectListPage({
  actions,
}: { actions?: (query: Record<string, unknown>) => ReactNode } = {}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const query = useQuery(projectsQueryOptions(filters));
  const data = query.data;
  const clear = () => setParams(clearFilters(params));
  const canWrite = useSession().user?.permissions.includes('project:write') ?? false;

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('projects.list.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('projects.list.subtitle')}
          </Text>
        </div>
        <Group align="flex-end" gap="md" wrap="wrap">
          <ProjectSearchBox
            value={filters.q}
            onSearch={(q, { replace }) => setParams(setParam(params, 'q', q), { replace })}
          />
          <SortSelect
            value={filters.sort}
            hasQuery={filters.q !== ''}
            onChange={(sort) => setParams(setParam(params, 'sort', sort))}
          />
          <DownloadCsvButton filters={filters} />
          {actions?.(toApiQuery(filters, false))}
          {canWrite && (
            <>
              <Button component={Link} to="/staff/projects/new" variant="light">
                {t('projects.editor.newProject')}
              </Button>
              <Button component={Link} to="/staff/projects/import" variant="default">
                {t('projects.editor.import')}
              </Button>
            </>
          )}
        </Group>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }} component="aside">
            <FacetFilters
              facets={data?.facets}
              filters={filters}
              onToggle={(facet: Facet, code: string) => setParams(toggleFacet(params, facet, code))}
              onClear={clear}
              loading={!data && !query.isError}
            />
          </Grid.Col>
          <Grid.Col
            span={{ base: 12, md: 8, lg: 9 }}
            component="section"
            aria-label={t('projects.list.resultsLabel')}
          >
            {query.isError && !data ? (
              <QueryErrorAlert
                title={t('projects.list.loadFailed')}
                error={query.error}
                onRetry={() => void query.refetch()}
              />
            ) : data && data.total === 0 ? (
              <EmptyResults canClear={hasActiveFilters(filters)} onClear={clear} />
            ) : (
              <ProjectResults
                data={data}
                isLoading={query.isFetching && query.isPlaceholderData}
                onPage={(page) => {
                  setParams(setParam(params, 'page', String(page)));
                  window.scrollTo({ top: 0 });
                }}
              />
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
