import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until consortium review lands: an honest empty state. */
export function ReviewQueueCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="review-queue-title">
      <Title order={2} size="h4" id="review-queue-title" mb="sm">
        {t('home.reviewQueue.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('home.reviewQueue.empty')}
      </Text>
    </Card>
  );
}
