import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectStatusBadge } from '../../../components/ProjectStatusBadge';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { ProjectDetail } from '../api/types';
import { formatMoney } from '../lib/format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Where, who, how and how much: the project's key facts as a definition list. */
export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const money = formatMoney(project.budget, language);
  const deadline = formatDate(project.submissionDeadline, language);
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.notProvided')}
    </Text>
  );

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-facts-title">
      <Title order={2} size="h4" id="project-facts-title" mb="md">
        {t('projects.detail.facts')}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        <Fact label={t('projects.detail.country')}>
          {countryName(project.countryCode, language)} ({project.countryCode})
        </Fact>
        <Fact label={t('projects.detail.city')}>{project.city ?? none}</Fact>
        <Fact label={t('projects.detail.program')}>{project.program ?? none}</Fact>
        <Fact label={t('projects.detail.track')}>{label(project.track)}</Fact>
        <Fact label={t('projects.detail.status')}>
          <ProjectStatusBadge status={project.status} />
        </Fact>
        <Fact label={t('projects.detail.client')}>{project.client ?? none}</Fact>
        <Fact label={t('projects.detail.procurement')}>
          {project.procurement
            ? t(`projects.procurement.${project.procurement as 'unknown'}`, {
                defaultValue: project.procurement,
              })
            : none}
        </Fact>
        <Fact label={t('projects.detail.period')}>{project.period ?? none}</Fact>
        <Fact label={t('projects.detail.deadline')}>{deadline ?? t('projects.detail.rolling')}</Fact>
        <Fact label={t('projects.detail.financing')}>
          {project.financing.length === 0 ? (
            none
          ) : (
            <Group component="span" gap={4} mt={2}>
              {project.financing.map((code) => (
                <Badge key={code} variant="light" color="cyan" tt="none" component="span">
                  {label(code)}
                </Badge>
              ))}
            </Group>
          )}
        </Fact>
        <Fact label={t('projects.detail.budget')}>
          {money ? (
            <>
              <Text span fw={600} size="sm" data-testid="budget-amount">
                {money}
              </Text>
              {project.budget.text && (
                <Text size="xs" c="dimmed" data-testid="budget-original">
                  {t('projects.detail.budgetOriginal', { text: project.budget.text })}
                </Text>
              )}
            </>
          ) : (
            (project.budget.text ?? t('projects.budget.notStated'))
          )}
        </Fact>
      </Stack>
    </Card>
  );
}
