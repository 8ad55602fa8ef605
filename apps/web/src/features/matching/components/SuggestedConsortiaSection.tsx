import { Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { consortiumSuggestionsQueryOptions } from '../api/matching';
import { ConsortiaResults } from './ConsortiaResults';
import type { TeamAction } from './ConsortiumCard';
import { FormingIndicator } from './FormingIndicator';

/**
 * Project page: on request, alternative consortia for the project. Firm users lead with their own
 * (verified) firm by default and can switch that off.
 */
export function SuggestedConsortiaSection({
  projectId,
  teamAction,
}: {
  projectId: string;
  teamAction?: TeamAction;
}) {
  const { t } = useTranslation();
  const user = useSession().user;
  const canLead = !!user?.firmId && user.firm?.verificationStatus === 'verified';
  const [requested, setRequested] = useState(false);
  const [withMyFirm, setWithMyFirm] = useState(canLead);
  const leadFirmId = canLead && withMyFirm && user?.firmId ? user.firmId : undefined;
  const query = useQuery({
    ...consortiumSuggestionsQueryOptions(projectId, leadFirmId ? { leadFirmId } : {}),
    enabled: requested,
  });

  let body = null;
  if (query.isFetching && !query.data) body = <FormingIndicator />;
  else if (query.isError) {
    body = (
      <QueryErrorAlert
        title={t('matching.consortia.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (query.data)
    body = <ConsortiaResults data={query.data} busy={query.isFetching} teamAction={teamAction} />;

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="suggested-consortia-title"
      data-testid="suggested-consortia"
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id="suggested-consortia-title">
            {t('matching.consortia.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('matching.consortia.subtitle')}
          </Text>
        </Stack>
        <Group gap="lg" align="center">
          <Button
            onClick={() => (requested ? void query.refetch() : setRequested(true))}
            loading={query.isFetching}
            variant={requested ? 'light' : 'filled'}
          >
            {requested ? t('matching.consortia.refresh') : t('matching.consortia.request')}
          </Button>
          {user?.firmId && (
            <Switch
              checked={canLead && withMyFirm}
              disabled={!canLead}
              onChange={(event) => setWithMyFirm(event.currentTarget.checked)}
              label={t('matching.consortia.withMyFirm')}
              description={canLead ? undefined : t('matching.consortia.withMyFirmHint')}
            />
          )}
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
