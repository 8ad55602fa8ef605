import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumSummary } from '../api/types';
import { ProjectLink } from './ProjectLink';
import { StatusBadge } from './StatusBadge';

/** The firm's consortia: name, project, status, my firm's role, members, pending invitations, last update. */
export function MyConsortiaTable({ items, firmId }: { items: ConsortiumSummary[]; firmId: string | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        aria-label={t('consortia.list.tableLabel')}
        data-testid="my-consortia"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consortia.list.name')}</Table.Th>
            <Table.Th scope="col">{t('consortia.list.project')}</Table.Th>
            <Table.Th scope="col">{t('consortia.list.status')}</Table.Th>
            <Table.Th scope="col">{t('consortia.list.myRole')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('consortia.list.members')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('consortia.list.pending')}
            </Table.Th>
            <Table.Th scope="col">{t('consortia.list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => {
            const lead = c.leadFirm.id === firmId;
            return (
              <Table.Tr key={c.id} data-consortium-id={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/consortia/${c.id}`} fw={600} size="sm">
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td maw={320}>
                  <ProjectLink project={c.project} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Badge variant={lead ? 'filled' : 'light'} color="indigo" size="sm" tt="none">
                    {lead ? t('consortia.role.lead') : t('consortia.role.partner')}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{c.memberCount}</Table.Td>
                <Table.Td ta="right">
                  <Text
                    span
                    size="sm"
                    fw={c.pendingCount > 0 ? 600 : 400}
                    c={c.pendingCount > 0 ? 'blue.8' : undefined}
                  >
                    {c.pendingCount}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(c.updatedAt, language)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
