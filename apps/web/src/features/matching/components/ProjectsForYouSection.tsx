import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { InfoIcon } from '../../../components/icons';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { projectsForFirmQueryOptions } from '../api/matching';
import { ProjectMatchCard } from './ProjectMatchCard';

const LIMIT = 5;

/** Dashboard panel for firm users: the projects that fit their firm best (never blank). */
export function ProjectsForYouSection({ firmId }: { firmId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const query = useQuery(projectsForFirmQueryOptions(firmId, LIMIT));
  const data = query.data;

  let body;
  if (query.isPending) {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} h={150} radius="md" />
        ))}
      </SimpleGrid>
    );
  } else if (query.isError) {
    body = (
      <QueryErrorAlert
        title={t('matching.forYou.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (data && data.items.length > 0) {
    body = (
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2, lg: 3 }}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('matching.forYou.listLabel')}
      >
        {data.items.map((match) => (
          <ProjectMatchCard key={match.project.id} match={match} />
        ))}
      </SimpleGrid>
    );
  } else if (!data?.note) {
    body = (
      <Stack gap="xs" data-testid="projects-for-you-empty">
        <Text size="sm" c="dimmed">
          {t('matching.forYou.empty')}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to={`/firms/${firmId}/edit`} size="sm">
            {t('matching.forYou.editProfile')}
          </Anchor>
          <Anchor component={Link} to="/projects" size="sm">
            {t('matching.forYou.browse')}
          </Anchor>
        </Group>
      </Stack>
    );
  }

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="projects-for-you-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h3" id="projects-for-you-title">
              {t('matching.forYou.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('matching.forYou.subtitle')}
            </Text>
          </Stack>
          <Button component={Link} to="/projects" variant="subtle" size="compact-sm">
            {t('matching.forYou.browse')} →
          </Button>
        </Group>
        {data?.note && (
          <Alert color="blue" variant="light" data-testid="match-note" icon={<InfoIcon />}>
            <Text size="sm">{pickText(data.note, language)}</Text>
            <Anchor component={Link} to={`/firms/${firmId}/edit`} size="sm">
              {t('matching.forYou.editProfile')}
            </Anchor>
          </Alert>
        )}
        {body}
      </Stack>
    </Card>
  );
}
