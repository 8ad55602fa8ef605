import { Card, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../api/dashboard';
import { formatDays, formatNumber, formatPercent } from '../lib/format';

/** The headline numbers, as a description list so each value is read with its label. */
export function StatCards({ data }: { data: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const count = (...statuses: string[]) =>
    data.consortiaByStatus.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s.count, 0);
  const total = data.consortiaByStatus.reduce((n, s) => n + s.count, 0);
  const stats = [
    { key: 'total', label: t('dashboard.stats.total'), value: formatNumber(total, lang) },
    {
      key: 'inReview',
      label: t('dashboard.stats.inReview'),
      value: formatNumber(count('submitted', 'under_review'), lang),
    },
    { key: 'approved', label: t('dashboard.stats.approved'), value: formatNumber(count('approved'), lang) },
    {
      key: 'smeApproved',
      label: t('dashboard.stats.smeApproved'),
      value: formatPercent(data.smeShare.approved.share, lang),
    },
    {
      key: 'medianDays',
      label: t('dashboard.stats.medianDays'),
      value:
        data.medianDaysToDecision === null
          ? t('dashboard.stats.noDecisions')
          : formatDays(data.medianDaysToDecision, lang),
      hint: t('dashboard.stats.medianHint'),
    },
  ];
  return (
    <section aria-labelledby="dashboard-stats">
      <VisuallyHidden>
        <Title order={2} id="dashboard-stats">
          {t('dashboard.stats.label')}
        </Title>
      </VisuallyHidden>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" m={0}>
        {stats.map((s) => (
          <Card key={s.key} withBorder radius="md" padding="sm" data-testid={`stat-${s.key}`}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {s.label}
            </Text>
            <Text component="dd" m={0} fz={26} fw={700} lh={1.3}>
              {s.value}
            </Text>
            {s.hint && (
              <Text size="xs" c="dimmed">
                {s.hint}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
