import { Button, Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectFacets } from '../api/types';
import { FACETS, type Facet, type ProjectFilters } from '../lib/filters';
import { useFacetLabel } from '../lib/useFacetLabel';
import { FacetGroup } from './FacetGroup';

interface FacetFiltersProps {
  facets: ProjectFacets | undefined;
  filters: ProjectFilters;
  onToggle: (facet: Facet, code: string) => void;
  onClear: () => void;
  /** Facets are still loading (show placeholders). */
  loading: boolean;
}

/** The filter sidebar: one chip group per facet, counts computed by the API with the other filters applied. */
export function FacetFilters({ facets, filters, onToggle, onClear, loading }: FacetFiltersProps) {
  const { t } = useTranslation();
  const labelOf = useFacetLabel();
  const anySelected = FACETS.some((f) => filters.selected[f].length > 0);

  return (
    <Stack component="section" aria-labelledby="projects-filters-title" gap="md">
      <Title order={2} size="h4" id="projects-filters-title">
        {t('projects.filters.title')}
      </Title>
      {!facets && loading && FACETS.map((f) => <Skeleton key={f} h={64} />)}
      {facets &&
        FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            counts={facets[facet]}
            selected={filters.selected[facet]}
            labelOf={(code) => labelOf(facet, code)}
            onToggle={(code) => onToggle(facet, code)}
          />
        ))}
      {anySelected && (
        <Button variant="light" size="xs" onClick={onClear} w="fit-content">
          {t('projects.filters.clearAll')}
        </Button>
      )}
    </Stack>
  );
}
