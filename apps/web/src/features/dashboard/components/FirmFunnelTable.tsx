import { Card, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { firmFunnelQueryOptions } from '../api/dashboard';
import type { DashboardFilters } from '../lib/filters';

const STAGES = ['registered', 'inConsortium', 'submitted', 'approved', 'bid', 'won'] as const;

/** Firms through the journey, overall and SMEs, each stage a subset of the one before. */
export function FirmFunnelTable({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const funnel = useQuery(firmFunnelQueryOptions(filters));
  if (!funnel.data) return null;
  const { overall, sme } = funnel.data;
  return (
    <Card withBorder padding="md" data-testid="firm-funnel">
      <Text fw={700} mb="xs">
        {t('dashboard.firmFunnel.title')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.firmFunnel.stage')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.firmFunnel.firms')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.firmFunnel.sme')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {STAGES.map((s) => (
            <Table.Tr key={s} data-testid={`funnel-${s}`}>
              <Table.Td>{t(`dashboard.firmFunnel.stages.${s}`)}</Table.Td>
              <Table.Td ta="right">{overall[s]}</Table.Td>
              <Table.Td ta="right">{sme[s]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
