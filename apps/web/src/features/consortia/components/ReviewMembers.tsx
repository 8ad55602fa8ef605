import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleBadge } from '../../../components/SampleBadge';
import { countryName } from '../../../lib/countries';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { ConsortiumDetail } from '../api/types';
import { MemberStatusBadge } from './StatusBadge';

const VERIFICATION_COLORS = { verified: 'green', pending: 'yellow', rejected: 'red' } as const;

/** Staff view of the team: each firm (profile link), size, home country, verification status, role and seat status. */
export function ReviewMembers({ consortium }: { consortium: ConsortiumDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={t('consortia.members.title')} data-testid="review-members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consortia.members.firm')}</Table.Th>
            <Table.Th scope="col">{t('consortia.review.verification')}</Table.Th>
            <Table.Th scope="col">{t('consortia.members.role')}</Table.Th>
            <Table.Th scope="col">{t('consortia.members.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consortium.members.map((m) => (
            <Table.Tr key={m.id} data-firm-id={m.firm.id}>
              <Table.Td>
                <Anchor component={Link} to={`/firms/${m.firm.id}`} fw={600} size="sm">
                  {firmDisplayName(m.firm, language)}
                </Anchor>{' '}
                {m.firm.isSample && <SampleBadge size="xs" />}
                <Text size="xs" c="dimmed">
                  {t(`enums.firmSize.${m.firm.size}`)} · {countryName(m.firm.homeCountry, language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  color={VERIFICATION_COLORS[m.firm.verificationStatus]}
                  variant="light"
                  size="sm"
                  tt="none"
                >
                  {t(`enums.verification.${m.firm.verificationStatus}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.isLead ? t('consortia.role.lead') : label(m.role)}</Text>
              </Table.Td>
              <Table.Td>
                <MemberStatusBadge status={m.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
