import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Nothing matches: say so and offer the way out. */
export function EmptyResults({ canClear, onClear }: { canClear: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="xl" data-testid="catalog-empty">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          {t('catalog.list.empty.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('catalog.list.empty.body')}
        </Text>
        {canClear && (
          <Button mt="sm" onClick={onClear}>
            {t('catalog.list.empty.clear')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
