import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VerificationBadge } from '../../../components/VerificationBadge';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmListItem } from '../api/types';
import { FirmBadges } from './FirmBadges';
import { FirmName } from './FirmName';

/** One directory result. */
export function FirmResultCard({ firm, showStatus = false }: { firm: FirmListItem; showStatus?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const more = firm.capabilityCount - firm.topCapabilities.length;

  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="firm-result">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <FirmName firm={firm} to={`/firms/${firm.id}`} />
          <Group gap={6} wrap="nowrap">
            {showStatus && <VerificationBadge status={firm.verificationStatus} />}
            {firm.ladderStage && (
              <Badge variant="filled" color="indigo" size="sm" title={label(firm.ladderStage)}>
                {t('firms.directory.stageBadge', { code: firm.ladderStage })}
              </Badge>
            )}
          </Group>
        </Group>
        <FirmBadges size={firm.size} type={firm.type} isSample={firm.isSample} onPlatform={firm.onPlatform} />
        {firm.topCapabilities.length > 0 ? (
          <Group gap={6} role="group" aria-label={t('firms.directory.topCapabilities')}>
            {firm.topCapabilities.map((code) => (
              <Badge key={code} variant="default" size="sm" radius="sm" tt="none" fw={500}>
                {label(code)}
              </Badge>
            ))}
            {more > 0 && (
              <Text span size="xs" c="dimmed">
                {t('firms.directory.moreCapabilities', { count: more })}
              </Text>
            )}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('firms.directory.noCapabilities')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('firms.directory.homeCountry', { country: countryName(firm.homeCountry, language) })}
          {firm.trackRecordCountries.length > 0 &&
            ` · ${t('firms.directory.trackRecordIn', {
              countries: firm.trackRecordCountries.map((c) => countryName(c, language)).join(', '),
            })}`}
        </Text>
      </Stack>
    </Card>
  );
}
