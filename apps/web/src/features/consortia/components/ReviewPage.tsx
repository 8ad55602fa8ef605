import { Alert, Container, Grid, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NoticeProvider } from '../../../components/Notices';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { consortiumQueryOptions } from '../api/consortia';
import { can } from '../lib/permissions';
import { ConsortiumHeader } from './ConsortiumHeader';
import { DecisionsPanel } from './DecisionsPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { OutcomesPanel } from './OutcomesPanel';
import { ReviewActions } from './ReviewActions';
import { ReviewMembers } from './ReviewMembers';
import { TeamSection } from './TeamSection';
import type { ConsortiumSlots } from './slots';

function Review({ id, slots }: { id: string; slots: ConsortiumSlots }) {
  const { t } = useTranslation();
  const query = useQuery(consortiumQueryOptions(id));
  const c = query.data;
  if (query.isPending) return <Skeleton h={320} radius="md" aria-label={t('common.loading')} />;
  if (!c)
    return (
      <QueryErrorAlert
        title={t('consortia.errors.detailFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <Stack gap="lg">
      <ConsortiumHeader consortium={c} />
      <DecisionsPanel consortium={c} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Stack gap="xs" component="section" aria-labelledby="members-title">
              <Title order={2} size="h4" id="members-title">
                {t('consortia.members.title')}
              </Title>
              <ReviewMembers consortium={c} />
            </Stack>
            <TeamSection team={c.team} slots={slots} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <ReviewActions consortium={c} onReload={() => void query.refetch()} />
            {slots.messages?.(c.id)}
            {c.status === 'approved' && <OutcomesPanel consortium={c} />}
            <HistoryTimeline consortiumId={c.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** `/staff/review/:id` (staff): the team, coverage, rule checks, start review, decide, record the outcome, history. */
export function ReviewPage({ slots = {} }: { slots?: ConsortiumSlots }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSession().user;
  return (
    <NoticeProvider>
      <Container size="xl" py="md">
        {can(user, 'consortium:review') ? (
          <Review id={id} slots={slots} />
        ) : (
          <Alert color="yellow" variant="light" title={t('consortia.review.forbiddenTitle')} role="alert">
            {t('consortia.review.forbidden')}
          </Alert>
        )}
      </Container>
    </NoticeProvider>
  );
}
