import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import type { FirmListItem } from '../api/types';
import { FirmBadges } from './FirmBadges';
import { FirmName } from './FirmName';

interface Props {
  firm: FirmListItem;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}

export function VerificationRow({ firm, busy, onApprove, onReject }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="li" data-testid="pending-firm">
      <Group justify="space-between" align="center">
        <Stack gap={6}>
          <FirmName firm={firm} to={`/firms/${firm.id}`} />
          <FirmBadges size={firm.size} type={firm.type} isSample={firm.isSample} />
          <Text size="xs" c="dimmed">
            {t('firms.directory.homeCountry', {
              country: countryName(firm.homeCountry, currentLanguage(i18n)),
            })}{' '}
            · {t('firms.verification.capabilityCount', { count: firm.capabilityCount })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            color="green"
            onClick={onApprove}
            disabled={busy}
            aria-label={t('firms.verification.approveNamed', { name: firm.name })}
          >
            {t('firms.verification.approve')}
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={onReject}
            disabled={busy}
            aria-label={t('firms.verification.rejectNamed', { name: firm.name })}
          >
            {t('firms.verification.reject')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
