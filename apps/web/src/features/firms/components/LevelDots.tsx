import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CAPABILITY_LEVELS } from '../lib/enums';

/** Capability level 1–3 as filled dots, with the level's name for screen readers and on hover. */
export function LevelDots({ level, withLabel = false }: { level: number; withLabel?: boolean }) {
  const { t } = useTranslation();
  const name = t(`firms.levels.${level as 1 | 2 | 3}`);
  const label = t('firms.levels.aria', { level, name });
  return (
    <Tooltip label={label} withArrow>
      <Group gap={4} wrap="nowrap" role="img" aria-label={label} data-level={level}>
        {CAPABILITY_LEVELS.map((dot) => (
          <span
            key={dot}
            style={{
              width: 8,
              height: 8,
              borderRadius: '50%',
              display: 'inline-block',
              background: dot <= level ? 'var(--mantine-color-indigo-6)' : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
        {withLabel && (
          <Text span size="xs" c="dimmed" ml={4}>
            {name}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}
