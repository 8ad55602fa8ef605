import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectStatusBadge } from '../../../components/ProjectStatusBadge';
import { ScoreBar } from '../../../components/ScoreBar';
import { countryName } from '../../../lib/countries';
import { formatPoints, projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ProjectMatch } from '../api/types';
import { ReasonList } from './ReasonList';

/** One recommended project: title (link), place and program, fit score bar and reasons. */
export function ProjectMatchCard({ match }: { match: ProjectMatch }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { project } = match;
  const title = projectTitle(project, language);
  const place = [project.city, countryName(project.countryCode, language)].filter(Boolean).join(', ');
  return (
    <Card component="li" withBorder radius="md" padding="md" data-testid="project-match-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/projects/${project.id}`}
            fw={600}
            lang={title.lang}
            lineClamp={3}
            title={title.text}
          >
            {title.text}
          </Anchor>
          <ProjectStatusBadge status={project.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {[place, project.program].filter(Boolean).join(' · ')}
        </Text>
        <ScoreBar
          score={match.score}
          label={t('matching.score.aria', { score: formatPoints(match.score, language) })}
        />
        <ReasonList reasons={match.reasons} size="xs" />
      </Stack>
    </Card>
  );
}
