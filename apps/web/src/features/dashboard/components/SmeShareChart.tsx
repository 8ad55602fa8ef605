import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { DashboardSummary } from '../api/dashboard';
import { formatPercent } from '../lib/format';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import { CHART_COLORS } from './chartColors';
import { useAxisWidth } from './useAxisWidth';

/** SME and startup share among accepted members: consortia submitted or later vs approved. */
export function SmeShareChart({ data }: { data: DashboardSummary['smeShare'] }) {
  const { t, i18n } = useTranslation();
  const axisWidth = useAxisWidth(130);
  const lang = i18n.language;
  const rows = (['submitted', 'approved'] as const).map((key) => ({
    key,
    label: t(`dashboard.charts.sme.${key}`),
    share: data[key].share ?? 0,
    text: t('dashboard.charts.sme.summary', {
      share: formatPercent(data[key].share, lang),
      sme: data[key].smeMembers,
      members: data[key].members,
    }),
    item: data[key],
  }));
  return (
    <ChartCard
      id="chart-sme"
      title={t('dashboard.charts.sme.title')}
      description={t('dashboard.charts.sme.description')}
      table={{
        columns: [
          t('dashboard.charts.sme.stage'),
          t('dashboard.charts.sme.share'),
          t('dashboard.charts.sme.members'),
        ],
        rows: rows.map((r) => ({
          key: r.key,
          cells: [r.label, formatPercent(r.item.share, lang), `${r.item.smeMembers} / ${r.item.members}`],
        })),
      }}
      note={
        <List size="sm" spacing={2} listStyleType="none" aria-hidden="true">
          {rows.map((r) => (
            <List.Item key={r.key}>
              <Text span fw={600} size="sm">
                {r.label}:
              </Text>{' '}
              {r.text}
            </List.Item>
          ))}
        </List>
      }
    >
      <ChartFrame height={150}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 48 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, lang)} />
          <YAxis type="category" dataKey="label" width={axisWidth} tick={{ fontSize: 12 }} />
          <Bar dataKey="share" fill={CHART_COLORS.sme} isAnimationActive={false}>
            <LabelList
              dataKey="share"
              position="right"
              fontSize={12}
              formatter={(v: unknown) => formatPercent(Number(v), lang)}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
}
