import { Container, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSession } from '../../../lib/auth/session';
import { firmQueryOptions } from '../api/firms';
import { canEditFirm } from '../lib/permissions';
import { CapabilitiesByDomain } from './CapabilitiesByDomain';
import { EmptyHint } from './EmptyHint';
import { ExportLadder } from './ExportLadder';
import { LoadError } from './LoadError';
import { ProfileFacts } from './ProfileFacts';
import { ProfileHeader } from './ProfileHeader';
import { SolutionCard } from './SolutionCard';
import { SupportProgramsPanel } from './SupportProgramsPanel';
import { TrackRecordsTable } from './TrackRecordsTable';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="lg">
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** `actions`: what other features offer on another firm's profile (the app fills it, e.g. "Contact"). */
export function FirmProfilePage({
  actions,
}: { actions?: (firm: { id: string; name: string }) => ReactNode } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useQuery(firmQueryOptions(id));
  const firm = query.data;
  const canEdit = !!firm && canEditFirm(session.user, firm.id);
  // Firms loaded from public reports: their levels and ladder stage are an analyst's reading, not the firm's word.
  const analystNote = !!firm?.sourceNote && !firm.isSample && (
    <Text size="xs" c="dimmed" data-testid="analyst-note">
      {t('firms.profile.analystReading')}
    </Text>
  );
  /** Link to the right edit tab, for the firm's own admin only. */
  const editAction = (tab: string, label: string) =>
    canEdit ? { to: `/firms/${id}/edit${tab === 'profile' ? '' : `?tab=${tab}`}`, label } : null;

  return (
    <Container size="lg" py="md">
      {query.isPending && (
        <Stack gap="md" aria-label={t('common.loading')}>
          <Skeleton h={90} radius="md" />
          <Skeleton h={220} radius="md" />
        </Stack>
      )}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {firm && (
        <Stack gap="lg">
          <ProfileHeader firm={firm} canEdit={canEdit} />
          {actions?.(firm)}
          <Section id="firm-facts" title={t('firms.profile.about')}>
            <ProfileFacts firm={firm} />
          </Section>
          <Section id="firm-capabilities" title={t('firms.profile.capabilities')}>
            {firm.capabilities.length === 0 ? (
              <EmptyHint
                text={t('firms.profile.noCapabilities')}
                action={editAction('capabilities', t('firms.profile.addCapabilities'))}
              />
            ) : (
              <Stack gap="xs">
                {analystNote}
                <CapabilitiesByDomain capabilities={firm.capabilities} />
              </Stack>
            )}
          </Section>
          <Section id="firm-solutions" title={t('firms.profile.solutions')}>
            {firm.solutions.length === 0 ? (
              <EmptyHint
                text={t('firms.profile.noSolutions')}
                action={editAction('solutions', t('firms.profile.addSolutions'))}
              />
            ) : (
              <Stack gap="sm">
                {firm.solutions.map((s) => (
                  <SolutionCard key={s.id} solution={s} />
                ))}
              </Stack>
            )}
          </Section>
          <Section id="firm-track-records" title={t('firms.profile.trackRecords')}>
            {firm.trackRecords.length === 0 ? (
              <EmptyHint
                text={t('firms.profile.noTrackRecords')}
                action={editAction('trackRecords', t('firms.profile.addTrackRecords'))}
              />
            ) : (
              <TrackRecordsTable records={firm.trackRecords} />
            )}
          </Section>
          <Section id="firm-ladder" title={t('firms.profile.ladder')}>
            <Stack gap="xs">
              {firm.ladderStage && analystNote}
              <ExportLadder current={firm.ladderStage} />
            </Stack>
          </Section>
          <Section id="firm-programs" title={t('firms.programs.title')}>
            <SupportProgramsPanel
              firmId={firm.id}
              setStage={editAction('profile', t('firms.profile.setStage'))}
            />
          </Section>
        </Stack>
      )}
    </Container>
  );
}
