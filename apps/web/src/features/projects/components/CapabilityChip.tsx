import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MustHaveIcon } from '../../../components/MustHaveIcon';
import type { CapabilityRequirement } from '../api/types';

/** A required capability: its name, its weight (1–3) and, for must-haves, a star plus the word "Must-have". */
export function CapabilityChip({
  requirement,
  label,
}: {
  requirement: CapabilityRequirement;
  label: string;
}) {
  const { t } = useTranslation();
  const must = requirement.mustHave;
  return (
    <Badge
      component="li"
      size="lg"
      radius="sm"
      tt="none"
      fw={500}
      variant={must ? 'light' : 'outline'}
      color={must ? 'red' : 'gray'}
      leftSection={must ? <MustHaveIcon /> : undefined}
      data-must-have={must ? 'true' : 'false'}
      data-code={requirement.code}
      styles={{ root: { height: 'auto', minHeight: 28, paddingBlock: 4 }, label: { whiteSpace: 'normal' } }}
    >
      <Group gap={6} wrap="wrap" component="span">
        <Text span size="sm" c={must ? 'red.9' : 'inherit'} fw={must ? 600 : 500}>
          {label}
        </Text>
        {must && (
          <Text span size="xs" fw={700} c="red.9">
            {t('projects.detail.mustHave')}
          </Text>
        )}
        <Text span size="xs" c="dimmed">
          {t('projects.detail.weight', { weight: requirement.weight })}
        </Text>
      </Group>
    </Badge>
  );
}
