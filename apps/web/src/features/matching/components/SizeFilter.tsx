import { Chip, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIRM_SIZES } from '../../../lib/api/enums';
import type { FirmSizeCode } from '../api/types';

/** Chips to restrict the matching firms to some sizes (none selected = all sizes). */
export function SizeFilter({
  value,
  onChange,
}: {
  value: FirmSizeCode[];
  onChange: (sizes: FirmSizeCode[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-labelledby="matching-size-filter-label">
      <Text size="sm" fw={500} id="matching-size-filter-label">
        {t('matching.firms.sizeFilter')}
      </Text>
      <Chip.Group
        multiple
        value={value}
        onChange={(next) => onChange(FIRM_SIZES.filter((s) => next.includes(s)))}
      >
        {FIRM_SIZES.map((size) => (
          <Chip key={size} value={size} size="xs" variant="outline">
            {t(`enums.firmSize.${size}`)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
