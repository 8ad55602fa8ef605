import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Marks synthetic demo firms so nobody mistakes them for real companies. `plain` drops the
 * focusable tooltip (for use inside buttons such as accordion controls).
 */
export function SampleBadge({ size = 'sm', plain = false }: { size?: 'xs' | 'sm' | 'md'; plain?: boolean }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      color="orange"
      variant="outline"
      size={size}
      tt="none"
      data-testid="sample-badge"
      tabIndex={plain ? undefined : 0}
    >
      {t('sample.badge')}
    </Badge>
  );
  if (plain) return badge;
  return (
    <Tooltip label={t('sample.hint')} multiline w={260} withArrow>
      {badge}
    </Tooltip>
  );
}
