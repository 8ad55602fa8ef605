import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScoreBar } from '../../../components/ScoreBar';
import { CheckIcon, CrossIcon } from '../../../components/icons';
import { formatPoints, pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { TeamReport } from '../api/types';
import { CoverageMatrix } from './CoverageMatrix';
import { RuleChecks } from './RuleChecks';
import { TeamMembers } from './TeamMembers';

/** What to offer under a suggested team (the app puts "Start this consortium" here). */
export type TeamAction = (team: TeamReport) => ReactNode;

/** One suggested team: score, members, coverage matrix, rule checks, the explanation and the team action. */
export function ConsortiumCard({
  team,
  index,
  teamAction,
}: {
  team: TeamReport;
  index: number;
  teamAction?: TeamAction;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `consortium-${index}-title`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="consortium-card"
      data-feasible={team.feasible}
    >
      <Stack gap="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Group gap="xs">
            <Title order={3} size="h5" id={titleId}>
              {t(team.feasible ? 'matching.consortia.teamTab' : 'matching.consortia.partialTab', {
                n: index + 1,
              })}
            </Title>
            <Badge
              color={team.feasible ? 'teal' : 'red'}
              variant="light"
              leftSection={team.feasible ? <CheckIcon size={12} /> : <CrossIcon size={12} />}
              tt="none"
            >
              {team.feasible ? t('matching.consortia.feasible') : t('matching.consortia.partial')}
            </Badge>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('matching.consortia.score')}
            </Text>
            <ScoreBar
              score={team.score}
              w={200}
              label={t('matching.consortia.scoreAria', { score: formatPoints(team.score, language) })}
            />
          </Group>
        </Group>
        {team.alternative && (
          <Stack gap={4} data-testid="team-alternative">
            <Group gap={4} aria-label={t('matching.consortia.alternativeLabel')}>
              {team.alternative.labels.map((l) => (
                <Badge key={l} size="sm" variant="outline" color="indigo" tt="none" data-alternative={l}>
                  {t(`matching.alternatives.${l}`)}
                </Badge>
              ))}
              {team.alternative.sameScoreAs !== null && (
                <Badge size="sm" variant="outline" color="gray" tt="none">
                  {t('matching.consortia.sameScoreAs', { n: team.alternative.sameScoreAs })}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {pickText(team.alternative.summary, language)}
            </Text>
          </Stack>
        )}
        <Text size="sm" data-testid="team-explanation">
          {pickText(team.explanation, language)}
        </Text>
        <Stack gap={6}>
          <Title order={4} size="sm">
            {t('matching.consortia.members')}
          </Title>
          <TeamMembers members={team.members} />
        </Stack>
        {team.relations.length > 0 && (
          <Stack gap={6}>
            <Title order={4} size="sm">
              {t('matching.consortia.relationsTitle')}
            </Title>
            <List size="sm" spacing={4} data-testid="team-relations">
              {team.relations.map((r) => (
                <List.Item key={r.firmIds.join('-')}>{pickText(r.text, language)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <CoverageMatrix team={team} />
        <Stack gap={6}>
          <Title order={4} size="sm">
            {t('matching.rules.title')}
          </Title>
          <RuleChecks rules={team.rules} />
        </Stack>
        {teamAction?.(team)}
      </Stack>
    </Card>
  );
}
