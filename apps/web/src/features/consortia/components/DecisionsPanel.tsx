import { Badge, Blockquote, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumDetail } from '../api/types';
import { DECISION_COLORS } from '../lib/enums';
import { formatDateTime } from '../lib/time';
import { ChecklistView } from './ChecklistView';

/**
 * Staff decisions as the member firms see them (no opaque rejections): the decision, its reason,
 * the checklist and the date, newest first; plus the recorded outcome after approval.
 */
export function DecisionsPanel({ consortium }: { consortium: ConsortiumDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const decisions = [...consortium.decisions].reverse();
  if (decisions.length === 0 && !consortium.outcome) return null;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="decisions-title"
      data-testid="decisions"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="decisions-title">
          {t('consortia.decisions.title')}
        </Title>
        {consortium.outcome && (
          <Group gap="xs" data-testid="outcome">
            <Text size="sm" fw={600}>
              {t('consortia.outcome.label')}
            </Text>
            <Badge color="grape" variant="light" tt="none">
              {t(`consortia.outcome.values.${consortium.outcome}`)}
            </Badge>
            {consortium.outcomeDate && <Text size="sm">{formatDate(consortium.outcomeDate, language)}</Text>}
          </Group>
        )}
        {decisions.map((d, i) => (
          <Fragment key={d.id}>
            {i > 0 && <Divider />}
            <Stack gap={6} data-testid="decision" data-decision={d.decision}>
              <Group gap="xs" justify="space-between">
                <Badge
                  color={DECISION_COLORS[d.decision]}
                  variant={i === 0 ? 'filled' : 'light'}
                  size="lg"
                  tt="none"
                >
                  {t(`consortia.decisions.values.${d.decision}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('consortia.decisions.by', {
                    date: formatDateTime(d.createdAt, language),
                    name: d.decidedBy?.name ?? t('consortia.history.system'),
                  })}
                </Text>
              </Group>
              <Text size="sm" fw={600}>
                {t('consortia.decisions.reason')}
              </Text>
              <Blockquote
                p="xs"
                color={DECISION_COLORS[d.decision]}
                data-testid="decision-reason"
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {d.reason}
              </Blockquote>
              <Text size="sm" fw={600}>
                {t('consortia.checklist.title')}
              </Text>
              <ChecklistView checklist={d.checklist} />
            </Stack>
          </Fragment>
        ))}
      </Stack>
    </Card>
  );
}
