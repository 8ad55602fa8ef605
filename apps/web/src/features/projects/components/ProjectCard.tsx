import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectStatusBadge } from '../../../components/ProjectStatusBadge';
import { countryName } from '../../../lib/countries';
import { formatDate, projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { ProjectListItem } from '../api/types';
import { budgetLabel } from '../lib/format';

/** One search result: title (in the UI language), where, program, track, status, budget, requirements. */
export function ProjectCard({ project }: { project: ProjectListItem }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const title = projectTitle(project, language);
  const place = [countryName(project.countryCode, language), project.city].filter(Boolean).join(' · ');
  const budget = budgetLabel(project.budget, language);
  const deadline = formatDate(project.submissionDeadline, language);

  return (
    <Card component="article" withBorder radius="md" padding="md" data-project-id={project.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h5" lang={title.lang}>
            <Anchor component={Link} to={`/projects/${encodeURIComponent(project.id)}`} c="inherit">
              {title.text}
            </Anchor>
          </Title>
          <ProjectStatusBadge status={project.status} />
        </Group>
        <Text size="sm">
          {place}
          <Text span c="dimmed" size="sm">
            {' · '}
            {project.program ?? t('projects.card.noProgram')}
          </Text>
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray" tt="none">
            {label(project.track)}
          </Badge>
          <Text size="sm" fw={500} title={project.budget.text ?? undefined}>
            {budget ?? t('projects.budget.notStated')}
          </Text>
        </Group>
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {t('projects.card.requirements', { count: project.requirementCount })}
          </Text>
          {project.mustHaveCount > 0 && (
            <Text size="xs" c="red" fw={600}>
              {t('projects.card.mustHaves', { count: project.mustHaveCount })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {deadline ? t('projects.card.deadline', { date: deadline }) : t('projects.card.rolling')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
