import { Container, Grid, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { NoticeProvider } from '../../../components/Notices';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { consortiumQueryOptions } from '../api/consortia';
import { AddMemberPanel } from './AddMemberPanel';
import { ConsortiumHeader } from './ConsortiumHeader';
import { DecisionsPanel } from './DecisionsPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { MembersTable } from './MembersTable';
import { OutcomesPanel } from './OutcomesPanel';
import { ReadinessBox } from './ReadinessBox';
import { RespondBox } from './RespondBox';
import { TeamSection } from './TeamSection';
import type { ConsortiumSlots } from './slots';

/**
 * `/consortia/:id`: the builder for the lead, the team view for members and invited firms.
 * `slots` are the parts other features draw (coverage, rule checks, partner suggestions).
 */
export function ConsortiumPage({ slots = {} }: { slots?: ConsortiumSlots }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(consortiumQueryOptions(id));
  const c = query.data;
  // Arriving from another page (e.g. "Start this consortium" far down a project page): start at the top.
  useEffect(() => window.scrollTo?.({ top: 0 }), [id]);

  if (c?.viewer.relation === 'staff') return <Navigate to={`/staff/review/${id}`} replace />;
  return (
    <NoticeProvider>
      <Container size="xl" py="md">
        {query.isPending && <Skeleton h={320} radius="md" aria-label={t('common.loading')} />}
        {query.isError && !c && (
          <QueryErrorAlert
            title={t('consortia.errors.detailFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {c && (
          <Stack gap="lg">
            <ConsortiumHeader consortium={c} />
            <RespondBox consortium={c} />
            <DecisionsPanel consortium={c} />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack gap="lg">
                  <Stack gap="xs" component="section" aria-labelledby="members-title">
                    <Title order={2} size="h4" id="members-title">
                      {t('consortia.members.title')}
                    </Title>
                    <MembersTable consortium={c} />
                  </Stack>
                  <TeamSection team={c.team} slots={slots} />
                  {c.viewer.canEditTeam && (
                    <AddMemberPanel consortium={c} partnerSuggestions={slots.partnerSuggestions} />
                  )}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Stack gap="lg">
                  <ReadinessBox consortium={c} />
                  {c.status === 'approved' && <OutcomesPanel consortium={c} />}
                  {(c.viewer.relation === 'lead' || c.viewer.relation === 'member') && slots.messages?.(c.id)}
                  <HistoryTimeline consortiumId={c.id} />
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        )}
      </Container>
    </NoticeProvider>
  );
}
