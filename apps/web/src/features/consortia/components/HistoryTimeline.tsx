import { Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { historyQueryOptions } from '../api/consortia';
import type { ConsortiumEvent } from '../api/types';
import { formatDateTime } from '../lib/time';
import { StatusBadge } from './StatusBadge';

const KNOWN_EVENTS = new Set([
  'created',
  'member_invited',
  'invitation_accepted',
  'invitation_declined',
  'invitation_expired',
  'invitation_reminder_sent',
  'member_removed',
  'member_role_changed',
  'submitted',
  'review_started',
  'decided',
  'outcome_recorded',
  'withdrawn',
]);

function EventDetail({ event }: { event: ConsortiumEvent }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const role = typeof event.data.role === 'string' ? event.data.role : null;
  const decision = typeof event.data.decision === 'string' ? event.data.decision : null;
  const outcome = typeof event.data.outcome === 'string' ? event.data.outcome : null;
  const extra = [
    role && t('consortia.history.role', { role: label(role) }),
    decision && t(`consortia.decisions.values.${decision as 'approved'}`, { defaultValue: decision }),
    outcome && t(`consortia.outcome.values.${outcome as 'selected'}`, { defaultValue: outcome }),
  ].filter(Boolean);
  return extra.length ? <Text size="xs">{extra.join(' · ')}</Text> : null;
}

/** The append-only history: what happened, who did it, status from → to, the reason, when. */
export function HistoryTimeline({ consortiumId }: { consortiumId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const query = useQuery(historyQueryOptions(consortiumId));
  let body;
  if (query.isPending) body = <Skeleton h={120} aria-label={t('common.loading')} />;
  else if (query.isError)
    body = (
      <QueryErrorAlert
        title={t('consortia.history.failed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  else if (query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        {t('consortia.history.empty')}
      </Text>
    );
  else {
    const items = query.data.items;
    body = (
      <Timeline active={items.length - 1} bulletSize={14} lineWidth={2} data-testid="history">
        {items.map((e) => (
          <Timeline.Item
            key={e.id}
            data-type={e.type}
            title={
              <Text size="sm" fw={600}>
                {KNOWN_EVENTS.has(e.type) ? t(`consortia.events.${e.type as 'created'}`) : e.type}
              </Text>
            }
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {e.actor?.name ?? t('consortia.history.system')} · {formatDateTime(e.createdAt, language)}
              </Text>
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                <Group
                  gap={4}
                  role="group"
                  aria-label={t('consortia.history.transition', {
                    from: t(`consortia.status.${e.fromStatus}`),
                    to: t(`consortia.status.${e.toStatus}`),
                  })}
                >
                  <StatusBadge status={e.fromStatus} size="sm" />
                  <Text span size="xs" aria-hidden>
                    →
                  </Text>
                  <StatusBadge status={e.toStatus} size="sm" />
                </Group>
              )}
              <EventDetail event={e} />
              {e.reason && (
                <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('consortia.history.reason', { reason: e.reason })}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    );
  }
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="history-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="history-title">
          {t('consortia.history.title')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}
