import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { ProjectDetail, ProjectRequirements } from '../api/types';
import { CapabilityRequirements } from './CapabilityRequirements';
import { TeamRuleOverridesForm } from './TeamRuleOverridesForm';
import { TeamRulesList } from './TeamRulesList';

/** What a consortium needs: capabilities by domain, roles and team rules. */
export function ProjectRequirementsSection({
  requirements,
  project,
}: {
  requirements: ProjectRequirements;
  /** Given, staff may edit the financing-rule overrides here. */
  project?: ProjectDetail;
}) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="project-requirements-title"
    >
      <Title order={2} size="h4" id="project-requirements-title" mb="md">
        {t('projects.detail.requirements')}
      </Title>
      <Stack gap="lg">
        <Stack gap="xs" component="section" aria-labelledby="project-capabilities-title">
          <Title order={3} size="h5" id="project-capabilities-title">
            {t('projects.detail.capabilities')}
          </Title>
          <CapabilityRequirements capabilities={requirements.capabilities} />
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="project-roles-title">
          <Title order={3} size="h5" id="project-roles-title">
            {t('projects.detail.roles')}
          </Title>
          {requirements.roles.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('projects.detail.noRoles')}
            </Text>
          ) : (
            <Group component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {requirements.roles.map((role) => (
                <Badge
                  key={role}
                  component="li"
                  variant="light"
                  color="indigo"
                  tt="none"
                  size="lg"
                  radius="sm"
                  fw={500}
                >
                  {label(role)}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="project-team-rules-title">
          <Title order={3} size="h5" id="project-team-rules-title">
            {t('projects.detail.teamRules')}
          </Title>
          <TeamRulesList rules={requirements.effectiveTeamRules} />
          {project && <TeamRuleOverridesForm key={project.version} project={project} />}
        </Stack>
      </Stack>
    </Card>
  );
}
