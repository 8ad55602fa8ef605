import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No consortia match: say so and offer the next step (clear the filters, or go to the projects). */
export function DashboardEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" data-testid="dashboard-empty">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {t('dashboard.empty.title')}
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          {filtered ? t('dashboard.empty.bodyFiltered') : t('dashboard.empty.body')}
        </Text>
        <Group mt="sm" gap="sm">
          {filtered && <Button onClick={onClear}>{t('dashboard.empty.clear')}</Button>}
          <Button component={Link} to="/projects" variant={filtered ? 'default' : 'filled'}>
            {t('dashboard.empty.projects')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
