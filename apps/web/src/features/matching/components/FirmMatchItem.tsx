import { Accordion, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleBadge } from '../../../components/SampleBadge';
import { ScoreBar } from '../../../components/ScoreBar';
import { countryName } from '../../../lib/countries';
import { firmDisplayName, formatPoints } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { FirmMatch } from '../api/types';
import { MatchBreakdown } from './MatchBreakdown';

/** One ranked firm: the control (name, size, score) expands to the score breakdown; the profile link sits beside it. */
export function FirmMatchItem({ match, rank }: { match: FirmMatch; rank: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { firm } = match;
  const name = firmDisplayName(firm, language);
  const profileLink = {
    component: Link,
    to: `/firms/${firm.id}`,
    size: 'sm',
    style: { whiteSpace: 'nowrap' },
    'aria-label': `${t('matching.firms.profile')}: ${name}`,
  } as const;
  return (
    <Accordion.Item value={firm.id} data-testid="firm-match" data-firm-id={firm.id}>
      <Group wrap="nowrap" gap={0} align="center">
        <Accordion.Control style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Group gap={6} wrap="wrap">
                <Text span c="dimmed" size="sm" fw={600}>
                  {t('matching.firms.rank', { rank })}
                </Text>
                <Text span fw={600} lang={language === 'ko' && firm.nameKo ? 'ko' : 'en'}>
                  {name}
                </Text>
                {firm.isSample && <SampleBadge plain />}
              </Group>
              <Group gap={6}>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {t(`enums.firmSize.${firm.size}`)}
                </Badge>
                <Text span size="xs" c="dimmed">
                  {countryName(firm.homeCountry, language)}
                </Text>
                <Text span size="xs" c="blue" td="underline">
                  {t('matching.breakdown.toggle')}
                </Text>
              </Group>
            </Stack>
            <ScoreBar
              score={match.score}
              w={220}
              label={t('matching.score.aria', { score: formatPoints(match.score, language) })}
            />
          </Group>
        </Accordion.Control>
        <Anchor {...profileLink} px="sm" visibleFrom="sm">
          {t('matching.firms.profile')}
        </Anchor>
      </Group>
      <Accordion.Panel>
        <Anchor {...profileLink} hiddenFrom="sm" display="inline-block" mb="sm">
          {t('matching.firms.profile')} →
        </Anchor>
        <MatchBreakdown match={match} />
      </Accordion.Panel>
    </Accordion.Item>
  );
}
