import { Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/ListPagination';
import type { ProjectList } from '../api/types';
import { ProjectCard } from './ProjectCard';

interface ProjectResultsProps {
  data: ProjectList | undefined;
  isLoading: boolean;
  onPage: (page: number) => void;
}

/** The current page of projects with the total count and page navigation. */
export function ProjectResults({ data, isLoading, onPage }: ProjectResultsProps) {
  const { t } = useTranslation();
  if (!data) {
    return (
      <Stack gap="sm" role="status" aria-label={t('common.loading')}>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} h={130} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="sm" aria-busy={isLoading}>
      {/* The test id keeps its old name: tests/browser/catalog.test.ts selects it. */}
      <Text fw={600} role="status" aria-live="polite" data-testid="catalog-total">
        {t('projects.list.total', { count: data.total })}
      </Text>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none', opacity: isLoading ? 0.6 : 1 }}
        aria-label={t('projects.list.resultsLabel')}
      >
        {data.items.map((project) => (
          <li key={project.id}>
            <ProjectCard project={project} />
          </li>
        ))}
      </Stack>
      <ListPagination
        total={data.total}
        limit={data.limit}
        page={data.page}
        onChange={onPage}
        withInfo
        mt="md"
      />
    </Stack>
  );
}
