import { Button, Card, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { countriesQueryOptions } from '../../../lib/countries';
import { CountryTable } from './CountryTable';

// The map and its bundled shapes (~100 kB) load only on this page.
const WorldMap = lazy(() => import('./WorldMap'));

/** `/countries`: where the projects are, as a sortable table with a bar per country. */
export function CountriesPage() {
  const { t } = useTranslation();
  const query = useQuery(countriesQueryOptions());

  return (
    <Container size="lg" py="md">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('projects.countries.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('projects.countries.subtitle')}
          </Text>
        </div>
        {query.isPending && (
          <Stack gap="xs" role="status" aria-label={t('common.loading')}>
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} h={32} />
            ))}
          </Stack>
        )}
        {query.isError && (
          <QueryErrorAlert
            title={t('projects.countries.loadFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.data && query.data.length === 0 && (
          <Card withBorder padding="xl" radius="md">
            <Group justify="space-between">
              <Text c="dimmed">{t('projects.countries.empty')}</Text>
              <Button component={Link} to="/projects" variant="light">
                {t('projects.countries.emptyAction')}
              </Button>
            </Group>
          </Card>
        )}
        {query.data && query.data.length > 0 && (
          <>
            <Card withBorder radius="md" padding="md">
              <Suspense fallback={<Skeleton h={300} aria-label={t('common.loading')} />}>
                <WorldMap countries={query.data} />
              </Suspense>
            </Card>
            <Card withBorder radius="md" padding="md">
              <CountryTable countries={query.data} />
            </Card>
          </>
        )}
      </Stack>
    </Container>
  );
}
