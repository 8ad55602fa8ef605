import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatAmount, formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { outcomesQueryOptions, useReviewOutcomeMutation } from '../api/consortia';
import type { ConsortiumDetail } from '../api/types';
import { OutcomeForm } from './OutcomeForm';

const STATUS_COLOR: Record<string, string> = { reported: 'yellow', confirmed: 'green', rejected: 'gray' };

/**
 * After approval: what happened to the bid, step by step. The lead's admin reports a step; program staff
 * confirm or reject it (confirmed steps count in the staff funnel).
 */
export function OutcomesPanel({ consortium }: { consortium: ConsortiumDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const query = useQuery(outcomesQueryOptions(consortium.id));
  const review = useReviewOutcomeMutation(consortium.id);
  if (query.isPending) return null;
  if (query.isError)
    return (
      <QueryErrorAlert
        title={t('consortia.outcomes.failed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const { items, canReport, canReview } = query.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="outcomes-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="outcomes-title">
          {t('consortia.outcomes.title')}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="outcomes-empty">
            {t('consortia.outcomes.empty')}
          </Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="outcomes">
            {items.map((o) => (
              <Group component="li" key={o.id} justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {t(`consortia.outcome.values.${o.outcome}`)} · {formatDate(o.date, language)}
                  </Text>
                  {o.amount !== null && o.currency && (
                    <Text size="xs" c="dimmed">
                      {formatAmount(o.amount, o.currency, language)}
                    </Text>
                  )}
                  {o.reason && (
                    <Text size="xs" c="dimmed">
                      {o.reason}
                    </Text>
                  )}
                </div>
                <Group gap={6}>
                  <Badge variant="light" color={STATUS_COLOR[o.status] ?? 'gray'}>
                    {t(`consortia.outcomes.status.${o.status}`)}
                  </Badge>
                  {canReview && o.status === 'reported' && (
                    <>
                      <Button
                        size="compact-xs"
                        variant="default"
                        loading={review.isPending}
                        onClick={() =>
                          review.mutate({
                            outcomeId: o.id,
                            decision: 'rejected',
                            note: t('consortia.outcomes.rejectNote'),
                          })
                        }
                      >
                        {t('consortia.outcomes.reject')}
                      </Button>
                      <Button
                        size="compact-xs"
                        loading={review.isPending}
                        onClick={() => review.mutate({ outcomeId: o.id, decision: 'confirmed' })}
                      >
                        {t('consortia.outcomes.confirm')}
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        {canReport && <OutcomeForm consortium={consortium} mode="report" />}
      </Stack>
    </Paper>
  );
}
