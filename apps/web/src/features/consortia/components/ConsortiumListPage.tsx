import { Alert, Button, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { consortiaQueryOptions } from '../api/consortia';
import { readListFilters, toConsortiumQuery, writeListFilters } from '../lib/params';
import { can } from '../lib/permissions';
import { ListFilters } from './ListFilters';
import { MyConsortiaTable } from './MyConsortiaTable';
import { NewConsortiumModal } from './NewConsortiumModal';
import { ReviewQueueTable } from './ReviewQueueTable';

/** `/consortia`: firms see their consortia and start new ones; staff see the review queue. */
export function ConsortiumListPage() {
  const { t } = useTranslation();
  const user = useSession().user;
  const staff = can(user, 'consortium:review');
  const canCreate = can(user, 'consortium:write-own') && !!user?.firmId;
  const verified = user?.firm?.verificationStatus === 'verified';
  const [params, setParams] = useSearchParams();
  const filters = readListFilters(params, staff);
  const list = useQuery(consortiaQueryOptions(toConsortiumQuery(filters)));
  const [creating, setCreating] = useState(false);
  const data = list.data;
  const filtered = filters.status !== (staff ? 'awaiting' : 'all') || !!filters.country;

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1} size="h2">
              {staff ? t('consortia.queue.title') : t('consortia.list.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {staff ? t('consortia.queue.subtitle') : t('consortia.list.subtitle')}
            </Text>
          </div>
          {canCreate && (
            <Button onClick={() => setCreating(true)} disabled={!verified}>
              {t('consortia.create.open')}
            </Button>
          )}
        </Group>
        {canCreate && !verified && (
          <Alert color="yellow" variant="light">
            {t('consortia.create.notVerified')}
          </Alert>
        )}
        <ListFilters
          filters={filters}
          staff={staff}
          onChange={(next) => setParams(writeListFilters(next, staff))}
        />
        {data && (
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('consortia.list.count', { count: data.total })}
          </Text>
        )}
        {list.isPending && <Skeleton h={200} radius="md" aria-label={t('common.loading')} />}
        {list.isError && !data && (
          <QueryErrorAlert
            title={t('consortia.errors.listFailed')}
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        )}
        {data && data.items.length === 0 && (
          <Stack align="center" py="xl" gap="sm" data-testid="consortia-empty">
            <Text c="dimmed" ta="center">
              {filtered
                ? t('consortia.list.emptyFiltered')
                : staff
                  ? t('consortia.queue.empty')
                  : t('consortia.list.empty')}
            </Text>
            {!staff && !filtered && (
              <Button component={Link} to="/projects" variant="light">
                {t('consortia.list.browseProjects')}
              </Button>
            )}
          </Stack>
        )}
        {data &&
          data.items.length > 0 &&
          (staff ? (
            <ReviewQueueTable items={data.items} />
          ) : (
            <MyConsortiaTable items={data.items} firmId={user?.firmId ?? null} />
          ))}
        {data && (
          <ListPagination
            total={data.total}
            limit={data.limit}
            page={filters.page}
            onChange={(page) => setParams(writeListFilters({ ...filters, page }, staff))}
          />
        )}
      </Stack>
      <NewConsortiumModal opened={creating} onClose={() => setCreating(false)} />
    </Container>
  );
}
