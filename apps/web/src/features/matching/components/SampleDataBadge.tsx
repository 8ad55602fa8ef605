import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Marks synthetic demo firms so nobody mistakes them for real companies. `plain` drops the
 * focusable tooltip (for use inside buttons such as accordion controls).
 */
export function SampleDataBadge({ plain = false }: { plain?: boolean }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      color="orange"
      variant="outline"
      size="sm"
      tt="none"
      data-testid="sample-data-badge"
      tabIndex={plain ? undefined : 0}
    >
      {t('matching.sample.badge')}
    </Badge>
  );
  if (plain) return badge;
  return (
    <Tooltip label={t('matching.sample.hint')} multiline w={240} withArrow>
      {badge}
    </Tooltip>
  );
}
