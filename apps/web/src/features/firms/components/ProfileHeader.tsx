import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VerificationBadge } from '../../../components/VerificationBadge';
import type { FirmProfile } from '../api/types';
import { FirmBadges } from './FirmBadges';
import { FirmName } from './FirmName';

export function ProfileHeader({ firm, canEdit }: { firm: FirmProfile; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <FirmName firm={firm} order={1} />
        {canEdit && (
          <Button component={Link} to={`/firms/${firm.id}/edit`} variant="filled">
            {t('firms.profile.edit')}
          </Button>
        )}
      </Group>
      <Group gap={6}>
        <VerificationBadge status={firm.verificationStatus} />
        <FirmBadges size={firm.size} type={firm.type} isSample={firm.isSample} onPlatform={firm.onPlatform} />
      </Group>
      {firm.verificationStatus === 'rejected' && (
        <Alert
          color="red"
          variant="light"
          title={t('firms.profile.rejectedTitle')}
          data-testid="rejection-reason"
        >
          {firm.verificationReason
            ? t('firms.profile.rejectedReason', { reason: firm.verificationReason })
            : t('firms.profile.rejectedNoReason')}
        </Alert>
      )}
      {firm.verificationStatus === 'pending' && (
        <Text size="sm" c="dimmed">
          {t('firms.profile.pendingHint')}
        </Text>
      )}
      {firm.isSample && (
        <Text size="xs" c="orange">
          {t('sample.hint')}
        </Text>
      )}
    </Stack>
  );
}
