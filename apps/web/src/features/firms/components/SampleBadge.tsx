import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks synthetic demo firms so nobody mistakes them for real companies. */
export function SampleBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('firms.sample.hint')} multiline w={260} withArrow>
      <Badge color="orange" variant="outline" size={size} data-testid="sample-badge" tabIndex={0}>
        {t('firms.sample.badge')}
      </Badge>
    </Tooltip>
  );
}
