import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No consortia match: say so and offer the next step (clear the filters, or go to the projects). */
export function DashboardEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" data-testid="insights-empty">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {t('insights.empty.title')}
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          {filtered ? t('insights.empty.bodyFiltered') : t('insights.empty.body')}
        </Text>
        <Group mt="sm" gap="sm">
          {filtered && <Button onClick={onClear}>{t('insights.empty.clear')}</Button>}
          <Button component={Link} to="/projects" variant={filtered ? 'default' : 'filled'}>
            {t('insights.empty.projects')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
