import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { formatAmount } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmTrackRecord } from '../api/types';

/** Past projects; the contract value is formatted for the UI language in its own currency. */
export function TrackRecordsTable({
  records,
  actions,
}: {
  records: FirmTrackRecord[];
  actions?: (record: FirmTrackRecord) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const dash = (
    <Text span c="dimmed">
      –
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="track-records">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('firms.trackRecords.projectTitle')}</Table.Th>
            <Table.Th scope="col">{t('firms.trackRecords.location')}</Table.Th>
            <Table.Th scope="col">{t('firms.trackRecords.year')}</Table.Th>
            <Table.Th scope="col">{t('firms.trackRecords.role')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('firms.trackRecords.contractValue')}
            </Table.Th>
            <Table.Th scope="col">{t('firms.trackRecords.financingSource')}</Table.Th>
            {actions && <Table.Th scope="col">{t('firms.edit.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.projectTitle}</Table.Td>
              <Table.Td>{[r.city, countryName(r.countryCode, language)].filter(Boolean).join(', ')}</Table.Td>
              <Table.Td>{r.year ?? dash}</Table.Td>
              <Table.Td>{r.role ? label(r.role) : dash}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.contractValue
                  ? formatAmount(r.contractValue.amount, r.contractValue.currency, language)
                  : dash}
              </Table.Td>
              <Table.Td>{r.financingSource ? label(r.financingSource) : dash}</Table.Td>
              {actions && <Table.Td>{actions(r)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
