import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PresenceBadge } from '../../../components/PresenceBadge';
import { SampleBadge } from '../../../components/SampleBadge';
import type { FirmSize, FirmType } from '../../../lib/api/types';

/** Size and type badges (plus the sample badge for synthetic firms). */
export function FirmBadges({
  size,
  type,
  isSample,
  onPlatform = true,
}: {
  size: FirmSize;
  type: FirmType;
  isSample: boolean;
  onPlatform?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="indigo" size="sm">
        {t(`enums.firmSize.${size}`)}
      </Badge>
      <Badge variant="light" color="teal" size="sm">
        {t(`enums.firmType.${type}`)}
      </Badge>
      {isSample && <SampleBadge />}
      <PresenceBadge onPlatform={onPlatform} />
    </Group>
  );
}
