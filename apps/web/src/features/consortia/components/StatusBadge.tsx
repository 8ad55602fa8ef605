import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsortiumStatus, MemberStatus } from '../api/types';
import { MEMBER_STATUS_COLORS, STATUS_COLORS } from '../lib/enums';

/** A consortium's status as a coloured badge with its name (never colour alone). */
export function StatusBadge({
  status,
  size = 'md',
}: {
  status: ConsortiumStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      size={size}
      tt="none"
      data-status={status}
      data-testid="consortium-status"
    >
      {t(`consortia.status.${status}`)}
    </Badge>
  );
}

/** A member seat's status (invited, accepted, declined…). */
export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={MEMBER_STATUS_COLORS[status]}
      variant="light"
      size="sm"
      tt="none"
      data-member-status={status}
    >
      {t(`consortia.memberStatus.${status}`)}
    </Badge>
  );
}
