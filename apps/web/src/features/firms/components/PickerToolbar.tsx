import { Badge, Box, Button, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  search: string;
  onSearch: (value: string) => void;
  count: number;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
}

/** Search box, selected count and Save, kept in view (below the app header) while scrolling. */
export function PickerToolbar({ search, onSearch, count, dirty, saving, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      pos="sticky"
      top={60}
      py="xs"
      style={{
        zIndex: 2,
        background: 'var(--mantine-color-body)',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('firms.picker.search')}
          placeholder={t('firms.picker.searchPlaceholder')}
          value={search}
          onChange={(event) => onSearch(event.currentTarget.value)}
          type="search"
          style={{ flex: 1, minWidth: 240 }}
        />
        <Group gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('firms.picker.selected', { count })}
          </Text>
          {dirty && (
            <Badge color="yellow" variant="light">
              {t('firms.edit.unsaved')}
            </Badge>
          )}
          <Button onClick={onSave} loading={saving} disabled={saving || !dirty}>
            {t('firms.picker.save')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('firms.picker.levelsHint')}
      </Text>
    </Box>
  );
}
