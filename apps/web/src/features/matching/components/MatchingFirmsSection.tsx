import { Accordion, Button, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { firmsForProjectQueryOptions } from '../api/matching';
import type { FirmSizeCode } from '../api/types';
import { readSizes, writeSizes } from '../lib/params';
import { FirmMatchItem } from './FirmMatchItem';
import { SizeFilter } from './SizeFilter';

const LIMIT = 10;

/** Project page: the top verified firms for the project, each expandable to its score breakdown. */
export function MatchingFirmsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sizes = readSizes(params);
  const query = useQuery(firmsForProjectQueryOptions(projectId, { limit: LIMIT, sizes }));
  const data = query.data;
  const setSizes = (next: FirmSizeCode[]) =>
    setParams(writeSizes(params, next), { replace: true, preventScrollReset: true });

  let body;
  if (query.isPending) {
    body = (
      <Stack gap="xs" role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={56} radius="sm" />
        ))}
      </Stack>
    );
  } else if (query.isError && !data) {
    body = (
      <QueryErrorAlert
        title={t('matching.firms.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (!data || data.items.length === 0) {
    body = (
      <Stack gap="xs" align="flex-start" data-testid="matching-firms-empty">
        <Text size="sm" c="dimmed">
          {sizes.length ? t('matching.firms.emptyFiltered') : t('matching.firms.empty')}
        </Text>
        {sizes.length > 0 && (
          <Button size="xs" variant="light" onClick={() => setSizes([])}>
            {t('matching.firms.clearSizes')}
          </Button>
        )}
      </Stack>
    );
  } else {
    body = (
      <Accordion
        variant="separated"
        radius="md"
        multiple
        chevronPosition="left"
        aria-label={t('matching.firms.listLabel')}
        style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
      >
        {data.items.map((match, index) => (
          <FirmMatchItem key={match.firm.id} match={match} rank={index + 1} />
        ))}
      </Accordion>
    );
  }

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="matching-firms-title"
      data-testid="matching-firms"
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id="matching-firms-title">
            {t('matching.firms.title')}
          </Title>
          {data && (
            <Text size="sm" c="dimmed">
              {t('matching.firms.subtitle', { count: data.candidates })}
            </Text>
          )}
        </Stack>
        <SizeFilter value={sizes} onChange={setSizes} />
        {body}
      </Stack>
    </Card>
  );
}
