import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { DashboardBreakdownItem } from '../api/dashboard';
import { formatNumber } from '../lib/format';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import { CHART_COLORS } from './chartColors';
import { useAxisWidth } from './useAxisWidth';

/** Projects and consortia per country or sector as horizontal bars (the busiest first; all rows in the table). */
export function BreakdownChart({
  id,
  title,
  column,
  items,
  label,
  top = 10,
}: {
  id: string;
  title: string;
  column: string;
  items: DashboardBreakdownItem[];
  label: (code: string) => string;
  /** Bars drawn at most (the busiest); the table always has every row. */
  top?: number;
}) {
  const { t, i18n } = useTranslation();
  const axisWidth = useAxisWidth(140);
  const rows = items.map((i) => ({ ...i, name: label(i.code) }));
  const shown = rows.slice(0, top);
  const projects = t('dashboard.charts.projects');
  const consortia = t('dashboard.charts.consortia');
  return (
    <ChartCard
      id={id}
      title={title}
      table={{
        columns: [column, projects, consortia],
        rows: rows.map((r) => ({
          key: r.code,
          cells: [r.name, formatNumber(r.projects, i18n.language), formatNumber(r.consortia, i18n.language)],
        })),
      }}
      note={
        rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.charts.noRows')}
          </Text>
        ) : rows.length > top ? (
          <Text size="xs" c="dimmed">
            {t('dashboard.charts.topN', { shown: top, total: rows.length })}
          </Text>
        ) : undefined
      }
    >
      {shown.length > 0 && (
        <ChartFrame height={shown.length * 44 + 60}>
          <BarChart
            data={shown}
            layout="vertical"
            margin={{ left: 8, right: 32 }}
            barGap={2}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={axisWidth} tick={{ fontSize: 12 }} interval={0} />
            <Legend verticalAlign="top" height={28} />
            {/* Values beside the bars: projects usually outnumber consortia many times over, so short bars need their number. */}
            <Bar dataKey="consortia" name={consortia} fill={CHART_COLORS.consortia} isAnimationActive={false}>
              <LabelList dataKey="consortia" position="right" fontSize={11} />
            </Bar>
            <Bar dataKey="projects" name={projects} fill={CHART_COLORS.projects} isAnimationActive={false}>
              <LabelList
                dataKey="projects"
                position="right"
                fontSize={11}
                fill={CHART_COLORS.projectsLabel}
              />
            </Bar>
          </BarChart>
        </ChartFrame>
      )}
    </ChartCard>
  );
}
