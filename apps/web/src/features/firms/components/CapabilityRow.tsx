import { Checkbox, Group, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaxonomyCapability } from '../../../lib/taxonomy';
import { CAPABILITY_LEVELS, type CapabilityLevel } from '../lib/enums';

interface Props {
  capability: TaxonomyCapability;
  language: 'ko' | 'en';
  level: CapabilityLevel | undefined;
  onToggle: (checked: boolean) => void;
  onLevel: (level: CapabilityLevel) => void;
}

/** A capability checkbox (name in both languages) and, once chosen, its level 1–3. */
export function CapabilityRow({ capability, language, level, onToggle, onLevel }: Props) {
  const { t } = useTranslation();
  const name = capability[language];
  const other = capability[language === 'ko' ? 'en' : 'ko'];
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={4} data-capability={capability.code}>
      <Checkbox
        label={name}
        description={other}
        checked={level !== undefined}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      {level !== undefined && (
        <SegmentedControl
          size="xs"
          aria-label={t('firms.picker.levelFor', { name })}
          value={String(level)}
          onChange={(value) => onLevel(Number(value) as CapabilityLevel)}
          data={CAPABILITY_LEVELS.map((l) => ({ value: String(l), label: t(`firms.levels.${l}`) }))}
        />
      )}
    </Group>
  );
}
