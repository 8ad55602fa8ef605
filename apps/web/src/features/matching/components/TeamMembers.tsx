import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PresenceBadge } from '../../../components/PresenceBadge';
import { SampleBadge } from '../../../components/SampleBadge';
import { isSmeSize } from '../../../lib/api/enums';
import { countryName } from '../../../lib/countries';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { TeamMember } from '../api/types';
import { leadFirstOrder } from '../lib/score';

/** The team: each member with its role (taxonomy label), lead marker, SME and sample badges. */
export function TeamMembers({ members }: { members: TeamMember[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  return (
    <Stack
      component="ul"
      gap={6}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('matching.consortia.members')}
      data-testid="team-members"
    >
      {leadFirstOrder(members)
        .map((i) => members[i])
        .map((member) => (
          <Group component="li" key={member.firmId} gap="xs" wrap="wrap" data-lead={member.isLead}>
            {member.isLead && (
              <Badge color="indigo" variant="filled" size="sm" data-testid="lead-badge">
                {t('matching.consortia.lead')}
              </Badge>
            )}
            <Anchor component={Link} to={`/firms/${member.firmId}`} size="sm" fw={600}>
              {firmDisplayName(member, language)}
            </Anchor>
            {!member.isLead && (
              <Badge color="indigo" variant="light" size="sm" tt="none">
                {label(member.role)}
              </Badge>
            )}
            {isSmeSize(member.size) && (
              <Badge
                color="grape"
                variant="light"
                size="sm"
                tt="none"
                title={t(`enums.firmSize.${member.size}`)}
              >
                {t('matching.sme')}
              </Badge>
            )}
            {member.isSample && <SampleBadge />}
            <PresenceBadge onPlatform={member.onPlatform} />
            <Text span size="xs" c="dimmed">
              {countryName(member.homeCountry, language)}
            </Text>
          </Group>
        ))}
    </Stack>
  );
}
