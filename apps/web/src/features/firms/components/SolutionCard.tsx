import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmSolution } from '../api/types';

const MATURITY_COLORS = { concept: 'gray', 'pilot-proven': 'blue', commercial: 'green' } as const;

export function SolutionCard({ solution, actions }: { solution: FirmSolution; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="solution-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5">
            {solution.name}
          </Title>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color={MATURITY_COLORS[solution.maturity] ?? 'gray'} size="sm">
              {t(`firms.maturity.${solution.maturity}`)}
            </Badge>
            {actions}
          </Group>
        </Group>
        {solution.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {solution.description}
          </Text>
        )}
        {solution.capabilityCodes.length > 0 && (
          <Group gap={4}>
            {solution.capabilityCodes.map((code) => (
              <Badge key={code} variant="default" size="xs" radius="sm" tt="none" fw={500}>
                {label(code)}
              </Badge>
            ))}
          </Group>
        )}
        {solution.certifications.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('firms.solutions.certificationsList', { list: solution.certifications.join(', ') })}
          </Text>
        )}
        {solution.referenceSites.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('firms.solutions.referenceSitesList', {
              list: solution.referenceSites
                .map((s) => [s.city, countryName(s.country, language), s.year].filter(Boolean).join(' · '))
                .join('; '),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
