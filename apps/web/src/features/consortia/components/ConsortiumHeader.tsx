import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../lib/countries';
import { firmDisplayName, formatDate, projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumDetail } from '../api/types';
import { formatDateTime } from '../lib/time';
import { StatusBadge } from './StatusBadge';

/** Name, status, project (linked), lead firm, deadline and key dates. */
export function ConsortiumHeader({ consortium }: { consortium: ConsortiumDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const project = projectTitle(consortium.project, language);
  const deadline = formatDate(consortium.project.submissionDeadline, language);
  const facts = [
    t('consortia.detail.lead', { firm: firmDisplayName(consortium.leadFirm, language) }),
    t('consortia.detail.members', { count: consortium.memberCount }),
    consortium.pendingCount > 0 ? t('consortia.detail.pending', { count: consortium.pendingCount }) : null,
    deadline ? t('consortia.detail.deadline', { date: deadline }) : null,
    consortium.submittedAt
      ? t('consortia.detail.submittedAt', { date: formatDateTime(consortium.submittedAt, language) })
      : null,
  ].filter(Boolean);
  return (
    <Stack gap={6}>
      <Anchor component={Link} to="/consortia" size="sm">
        ← {consortium.viewer.relation === 'staff' ? t('consortia.queue.back') : t('consortia.detail.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2" data-testid="consortium-name">
          {consortium.name}
        </Title>
        <StatusBadge status={consortium.status} size="lg" />
      </Group>
      <Text size="sm">
        {t('consortia.detail.project')}{' '}
        <Anchor component={Link} to={`/projects/${consortium.project.id}`} lang={project.lang}>
          {project.text}
        </Anchor>{' '}
        ·{' '}
        {[consortium.project.city, countryName(consortium.project.countryCode, language)]
          .filter(Boolean)
          .join(', ')}
      </Text>
      <Text size="sm" c="dimmed">
        {facts.join(' · ')}
      </Text>
    </Stack>
  );
}
