import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '../lib/api/types';

const COLORS: Record<VerificationStatus, string> = {
  pending: 'yellow',
  verified: 'green',
  rejected: 'red',
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-status={status}>
      {t(`enums.verification.${status}`)}
    </Badge>
  );
}
