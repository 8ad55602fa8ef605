import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useNow } from '../../../lib/useNow';
import type { ConsortiumSummary } from '../api/types';
import { formatDateTime, relativeTime } from '../lib/time';
import { ProjectLink } from './ProjectLink';
import { StatusBadge } from './StatusBadge';

/** Staff: consortia to review, oldest submission first, each with a link to its review page. */
export function ReviewQueueTable({ items }: { items: ConsortiumSummary[] }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        aria-label={t('consortia.queue.tableLabel')}
        data-testid="review-queue"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consortia.list.name')}</Table.Th>
            <Table.Th scope="col">{t('consortia.list.project')}</Table.Th>
            <Table.Th scope="col">{t('consortia.list.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('consortia.list.members')}
            </Table.Th>
            <Table.Th scope="col">{t('consortia.queue.submitted')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('consortia.queue.action')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-consortium-id={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/staff/review/${c.id}`} fw={600} size="sm">
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('consortia.queue.ledBy', { firm: firmDisplayName(c.leadFirm, language) })}
                </Text>
              </Table.Td>
              <Table.Td maw={320}>
                <ProjectLink project={c.project} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} size="sm" />
              </Table.Td>
              <Table.Td ta="right">{c.memberCount}</Table.Td>
              <Table.Td>
                {c.submittedAt ? (
                  <Text size="sm" title={formatDateTime(c.submittedAt, language) ?? undefined}>
                    {relativeTime(c.submittedAt, now, language)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  component={Link}
                  to={`/staff/review/${c.id}`}
                  size="xs"
                  variant="light"
                  aria-label={t('consortia.queue.openNamed', { name: c.name })}
                >
                  {t('consortia.queue.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
