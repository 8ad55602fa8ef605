import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { DashboardSummary } from '../api/dashboard';
import { formatNumber } from '../lib/format';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import { CHART_COLORS } from './chartColors';
import { useAxisWidth } from './useAxisWidth';

/** Consortia per workflow status (every status, zeros included, in workflow order). */
export function StatusChart({ data }: { data: DashboardSummary['consortiaByStatus'] }) {
  const { t, i18n } = useTranslation();
  const axisWidth = useAxisWidth(130);
  const rows = data.map((d) => ({ ...d, label: t(`dashboard.status.${d.status}`) }));
  return (
    <ChartCard
      id="chart-status"
      title={t('dashboard.charts.status.title')}
      table={{
        columns: [t('dashboard.charts.status.column'), t('dashboard.charts.count')],
        rows: rows.map((r) => ({ key: r.status, cells: [r.label, formatNumber(r.count, i18n.language)] })),
      }}
    >
      <ChartFrame height={rows.length * 30 + 30}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 32 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={axisWidth} tick={{ fontSize: 12 }} />
          <Bar dataKey="count" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.status} fill={CHART_COLORS.status[r.status]} />
            ))}
            <LabelList dataKey="count" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
}
