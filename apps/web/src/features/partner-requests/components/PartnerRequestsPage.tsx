import { Button, Container, Group, Select, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { countryOptions } from '../../../lib/countries';
import { useTaxonomy } from '../../../lib/taxonomy';
import { PARTNER_REQUESTS_PAGE_SIZE, partnerRequestsQueryOptions } from '../api/partner-requests';
import { NewPartnerRequestModal } from './NewPartnerRequestModal';
import { PartnerRequestCard } from './PartnerRequestCard';

/** `/partner-requests`: what partners firms seek, filtered by capability and country; publish, reply, close. */
export function PartnerRequestsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { taxonomy, language } = useTaxonomy();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const permissions = session.status === 'authenticated' ? (session.user.permissions as string[]) : [];
  const isFirmUser = session.status === 'authenticated' && !!session.user.firmId;
  const filters = {
    page: Math.max(1, Number(params.get('page')) || 1),
    capability: params.get('capability') ?? undefined,
    country: params.get('country') ?? undefined,
    fitsMe: params.get('fitsMe') === 'true',
    mine: params.get('mine') === 'true',
  };
  const query = useQuery(partnerRequestsQueryOptions(filters));
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      if (value) prev.set(key, value);
      else prev.delete(key);
      prev.delete('page');
      return prev;
    });
  const capabilityGroups = (taxonomy?.domains ?? []).map((d) => ({
    group: d[language],
    items: d.capabilities.map((c) => ({ value: c.code, label: c[language] })),
  }));

  return (
    <Container size="lg" py="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={1} size="h2">
              {t('partnerRequests.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('partnerRequests.subtitle')}
            </Text>
          </div>
          {permissions.includes('partner-request:write-own') && (
            <Button onClick={() => setCreating(true)}>{t('partnerRequests.new.action')}</Button>
          )}
        </Group>
        <Group
          align="flex-end"
          wrap="wrap"
          gap="sm"
          role="search"
          aria-label={t('partnerRequests.filters.label')}
        >
          <Select
            label={t('partnerRequests.filters.capability')}
            data={capabilityGroups}
            value={filters.capability ?? null}
            onChange={(v) => set('capability', v)}
            searchable
            clearable
            w={{ base: '100%', sm: 280 }}
          />
          <Select
            label={t('partnerRequests.filters.country')}
            data={countryOptions(i18n.language)}
            value={filters.country ?? null}
            onChange={(v) => set('country', v)}
            searchable
            clearable
            w={{ base: '100%', sm: 200 }}
          />
          {isFirmUser && (
            <>
              <Switch
                label={t('partnerRequests.filters.fitsMe')}
                checked={filters.fitsMe}
                onChange={(e) => set('fitsMe', e.currentTarget.checked ? 'true' : null)}
              />
              <Switch
                label={t('partnerRequests.filters.mine')}
                checked={filters.mine}
                onChange={(e) => set('mine', e.currentTarget.checked ? 'true' : null)}
              />
            </>
          )}
        </Group>
        {query.isPending && <Skeleton h={200} aria-label={t('common.loading')} />}
        {query.isError && !query.data && (
          <QueryErrorAlert
            title={t('partnerRequests.errors.listFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.data && query.data.items.length === 0 && (
          <Text c="dimmed" ta="center" py="xl" data-testid="partner-requests-empty">
            {t('partnerRequests.empty')}
          </Text>
        )}
        {query.data && query.data.items.length > 0 && (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('partnerRequests.title')}
          >
            {query.data.items.map((r) => (
              <PartnerRequestCard
                key={r.id}
                request={r}
                canReply={permissions.includes('message:write-own')}
                canClose={permissions.includes('partner-request:write-own')}
              />
            ))}
          </Stack>
        )}
        {query.data && (
          <ListPagination
            total={query.data.total}
            limit={PARTNER_REQUESTS_PAGE_SIZE}
            page={filters.page}
            onChange={(p) => setParams((prev) => (prev.set('page', String(p)), prev))}
          />
        )}
      </Stack>
      <NewPartnerRequestModal opened={creating} onClose={() => setCreating(false)} />
    </Container>
  );
}
