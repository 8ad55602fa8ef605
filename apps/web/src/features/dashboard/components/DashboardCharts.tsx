import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { DashboardSummary } from '../api/dashboard';
import { BreakdownChart } from './BreakdownChart';
import { FunnelChart } from './FunnelChart';
import { SmeShareChart } from './SmeShareChart';
import { StatusChart } from './StatusChart';

/** The charts: the three short ones in a row on wide screens, then the two long breakdowns side by side. */
export function DashboardCharts({ data }: { data: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  const { label } = useTaxonomy();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
        <StatusChart data={data.consortiaByStatus} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
        <FunnelChart data={data.funnel} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <SmeShareChart data={data.smeShare} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <BreakdownChart
          id="chart-sector"
          title={t('dashboard.charts.sector.title')}
          column={t('dashboard.charts.sector.column')}
          items={data.projectsBySector}
          label={label}
          top={12}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <BreakdownChart
          id="chart-country"
          title={t('dashboard.charts.country.title')}
          column={t('dashboard.charts.country.column')}
          items={data.projectsByCountry}
          label={(code) => countryName(code, i18n.language)}
          top={12}
        />
      </Grid.Col>
    </Grid>
  );
}
