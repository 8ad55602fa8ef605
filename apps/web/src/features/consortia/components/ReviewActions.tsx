import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { useStartReviewMutation } from '../api/consortia';
import type { ConsortiumDetail } from '../api/types';
import { actionErrorText } from '../lib/errors';
import { DecisionForm } from './DecisionForm';
import { OutcomeForm } from './OutcomeForm';

/** What staff can do now: start the review (submitted), decide (under review), record the outcome (approved). */
export function ReviewActions({
  consortium,
  onReload,
}: {
  consortium: ConsortiumDetail;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const start = useStartReviewMutation(consortium.id);
  const { status, viewer } = consortium;

  const onStart = async () => {
    try {
      await start.mutateAsync();
      notify('success', t('consortia.review.started'));
    } catch (error) {
      notify('error', actionErrorText(error, t));
    }
  };

  let body;
  if (!viewer.canReview)
    body = (
      <Text size="sm" c="dimmed">
        {t('consortia.review.nothingToDo')}
      </Text>
    );
  else if (status === 'submitted') {
    body = (
      <Stack gap="xs">
        <Text size="sm">{t('consortia.review.startHint')}</Text>
        <Button onClick={() => void onStart()} loading={start.isPending}>
          {t('consortia.review.start')}
        </Button>
      </Stack>
    );
  } else if (status === 'under_review')
    body = <DecisionForm key={consortium.version} consortium={consortium} onReload={onReload} />;
  else if (status === 'approved') body = <OutcomeForm consortium={consortium} />;
  else
    body = (
      <Text size="sm" c="dimmed">
        {t('consortia.review.nothingToDo')}
      </Text>
    );

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="review-actions-title"
      data-testid="review-actions"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-actions-title">
          {t('consortia.review.actionsTitle')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}
