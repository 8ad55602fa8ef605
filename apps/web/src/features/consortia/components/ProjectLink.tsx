import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../lib/countries';
import { projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumProject } from '../api/types';

/** The project's title in the UI language (linking to it) and its country and city below. */
export function ProjectLink({ project }: { project: ConsortiumProject }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const title = projectTitle(project, language);
  const place = [project.city, countryName(project.countryCode, language)].filter(Boolean).join(', ');
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={`/projects/${project.id}`} size="sm" lang={title.lang} lineClamp={2}>
        {title.text}
      </Anchor>
      <Text size="xs" c="dimmed">
        {place}
      </Text>
    </Stack>
  );
}
