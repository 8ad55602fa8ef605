import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Nothing matches: say so and offer the way out. */
export function EmptyResults({ canClear, onClear }: { canClear: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" data-testid="projects-empty">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {t('projects.list.empty.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('projects.list.empty.body')}
        </Text>
        {canClear && (
          <Button mt="sm" onClick={onClear}>
            {t('projects.list.empty.clear')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
