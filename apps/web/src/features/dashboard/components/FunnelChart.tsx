import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { DashboardFunnel } from '../api/dashboard';
import { conversion, formatNumber, formatPercent } from '../lib/format';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import { CHART_COLORS } from './chartColors';
import { useAxisWidth } from './useAxisWidth';

const STAGES = ['invited', 'accepted', 'submitted', 'approved', 'selected'] as const;
/** Invitations and consortia are different units: no conversion from accepted invitations to submitted consortia. */
const FROM: Partial<Record<(typeof STAGES)[number], keyof DashboardFunnel>> = {
  accepted: 'invited',
  approved: 'submitted',
  selected: 'approved',
};

/** invited → accepted (invitations), submitted → approved → selected (consortia that ever got there). */
export function FunnelChart({ data }: { data: DashboardFunnel }) {
  const { t, i18n } = useTranslation();
  const axisWidth = useAxisWidth(100);
  const lang = i18n.language;
  const rows = STAGES.map((stage) => {
    const from = FROM[stage];
    const rate = from ? conversion(data[stage], data[from]) : null;
    const display =
      formatNumber(data[stage], lang) + (rate === null ? '' : ` (${formatPercent(rate, lang)})`);
    return { stage, label: t(`dashboard.charts.funnel.${stage}`), value: data[stage], rate, display };
  });
  return (
    <ChartCard
      id="chart-funnel"
      title={t('dashboard.charts.funnel.title')}
      description={t('dashboard.charts.funnel.description')}
      table={{
        columns: [
          t('dashboard.charts.funnel.stage'),
          t('dashboard.charts.count'),
          t('dashboard.charts.funnel.conversion'),
        ],
        rows: rows.map((r) => ({
          key: r.stage,
          cells: [r.label, formatNumber(r.value, lang), r.rate === null ? '—' : formatPercent(r.rate, lang)],
        })),
      }}
    >
      <ChartFrame height={rows.length * 40 + 30}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 96 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={axisWidth} tick={{ fontSize: 12 }} />
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r, i) => (
              <Cell key={r.stage} fill={CHART_COLORS.funnel} fillOpacity={1 - i * 0.12} />
            ))}
            <LabelList dataKey="display" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
}
