import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScoreBar } from '../../../components/ScoreBar';
import { formatPoints, pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumTeam } from '../api/types';
import type { ConsortiumSlots } from './slots';

/** The live team report: score, explanation, coverage matrix (requirements × members) and rule checks. */
export function TeamSection({
  team,
  title,
  slots = {},
}: {
  team: ConsortiumTeam | null;
  title?: string;
  slots?: Pick<ConsortiumSlots, 'coverage' | 'ruleChecks'>;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="team-title"
      data-testid="team-section"
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h4" id="team-title">
            {title ?? t('consortia.team.title')}
          </Title>
          {team && (
            <Group gap="xs" wrap="nowrap">
              <Badge color={team.feasible ? 'teal' : 'red'} variant="light" tt="none">
                {team.feasible ? t('consortia.team.feasible') : t('consortia.team.infeasible')}
              </Badge>
              <ScoreBar
                score={team.score}
                w={180}
                label={t('consortia.team.scoreAria', { score: formatPoints(team.score, language) })}
              />
            </Group>
          )}
        </Group>
        {!team ? (
          <Text size="sm" c="dimmed">
            {t('consortia.team.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm" data-testid="team-explanation">
              {pickText(team.explanation, language)}
            </Text>
            {slots.coverage?.(team)}
            {slots.ruleChecks && (
              <Stack gap={6}>
                <Title order={3} size="h5">
                  {t('consortia.team.rules')}
                </Title>
                {slots.ruleChecks(team.rules)}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
