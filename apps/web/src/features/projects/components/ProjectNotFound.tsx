import { Button, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A missing project (404): say so and lead back to the project list. */
export function ProjectNotFound() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Card withBorder radius="md" padding="xl">
        <Stack align="center" ta="center" gap="sm">
          <Title order={1} size="h3">
            {t('projects.detail.notFound.title')}
          </Title>
          <Text c="dimmed">{t('projects.detail.notFound.body')}</Text>
          <Button component={Link} to="/projects">
            {t('projects.detail.notFound.back')}
          </Button>
        </Stack>
      </Card>
    </Container>
  );
}
