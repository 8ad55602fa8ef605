import { Anchor, Card, Container, Grid, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProjectStatusBadge } from '../../../components/ProjectStatusBadge';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/auth/session';
import { formatDate, projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { projectQueryOptions } from '../api/projects';
import type { ProjectDetail } from '../api/types';
import { ProjectFacts } from './ProjectFacts';
import { ProjectNotFound } from './ProjectNotFound';
import { ProjectRequirementsSection } from './ProjectRequirementsSection';

/**
 * `/projects/:id`: one project with its facts, description, requirements and source. `extra` renders
 * below the requirements once the project is loaded (the app puts the matching sections there).
 */
export function ProjectDetailPage({ extra }: { extra?: (project: ProjectDetail) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { id = '' } = useParams();
  const query = useQuery(projectQueryOptions(id));
  const project = query.data;
  const canWrite = useSession().user?.permissions.includes('project:write') ?? false;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400))
    return <ProjectNotFound />;

  const back = (
    <Anchor component={Link} to="/projects" size="sm">
      ← {t('projects.detail.back')}
    </Anchor>
  );
  if (!project) {
    return (
      <Container size="xl" py="md">
        <Stack gap="md">
          {back}
          {query.isError ? (
            <QueryErrorAlert
              title={t('projects.detail.loadFailed')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          ) : (
            <Stack gap="md" role="status" aria-label={t('common.loading')}>
              <Skeleton h={36} w="70%" />
              <Skeleton h={240} />
            </Stack>
          )}
        </Stack>
      </Container>
    );
  }

  const title = projectTitle(project, language);
  const otherTitle = title.lang === 'ko' ? project.title : project.titleKo;
  const updated = formatDate(project.updatedAt, language);

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        {back}
        <Stack gap={4}>
          <Group gap="sm" align="flex-start" wrap="nowrap" justify="space-between">
            <Title order={1} size="h2" lang={title.lang}>
              {title.text}
            </Title>
            <Group gap="sm" wrap="nowrap">
              <ProjectStatusBadge status={project.status} />
              {canWrite && (
                <Anchor component={Link} to={`/staff/projects/${project.id}/edit`} size="sm">
                  {t('projects.editor.edit')}
                </Anchor>
              )}
            </Group>
          </Group>
          {otherTitle && (
            <Text c="dimmed" size="sm" lang={title.lang === 'ko' ? 'en' : 'ko'}>
              {otherTitle}
            </Text>
          )}
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {project.description && (
                <Card
                  withBorder
                  radius="md"
                  padding="lg"
                  component="section"
                  aria-labelledby="project-description-title"
                >
                  <Title order={2} size="h4" id="project-description-title" mb="sm">
                    {t('projects.detail.description')}
                  </Title>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {project.description}
                  </Text>
                </Card>
              )}
              <ProjectRequirementsSection requirements={project.requirements} project={project} />
              {project.eligibilityNotes.length > 0 && (
                <Card
                  withBorder
                  radius="md"
                  padding="lg"
                  component="section"
                  aria-labelledby="project-eligibility-title"
                >
                  <Title order={2} size="h4" id="project-eligibility-title" mb="sm">
                    {t('projects.detail.eligibility')}
                  </Title>
                  <List size="sm" spacing={4}>
                    {project.eligibilityNotes.map((note) => (
                      <List.Item key={note}>{note}</List.Item>
                    ))}
                  </List>
                </Card>
              )}
              {extra?.(project)}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="sm">
              <ProjectFacts project={project} />
              {project.sourceNote && (
                <Text size="xs" c="dimmed" data-testid="source-note">
                  {t('projects.detail.source', { source: project.sourceNote })}
                </Text>
              )}
              {updated && (
                <Text size="xs" c="dimmed">
                  {t('projects.detail.updated', { date: updated })}
                </Text>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
