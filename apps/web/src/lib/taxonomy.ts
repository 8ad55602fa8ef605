import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api/client';
import { unwrap } from './api/errors';
import type { ResponseBody } from './api/types';
import { currentLanguage, type Language } from './i18n';

/** `GET /api/taxonomy`: capability domains and codes, roles, tracks, financing sources, ladder stages… */
export type Taxonomy = ResponseBody<'/api/taxonomy', 'get', 200>;
export type TaxonomyTerm = Taxonomy['roles'][number];
export type TaxonomyDomain = Taxonomy['domains'][number];
export type TaxonomyCapability = TaxonomyDomain['capabilities'][number];
export type TaxonomyLadderStage = Taxonomy['ladderStages'][number];

export const taxonomyKeys = { all: ['taxonomy'] as const };

export function taxonomyQueryOptions() {
  return queryOptions({
    queryKey: taxonomyKeys.all,
    queryFn: async ({ signal }): Promise<Taxonomy> => unwrap(await api.GET('/api/taxonomy', { signal })),
    // Reference data: changes only with a deployment.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Every term of the taxonomy by code (codes are unique across all lists). */
export function indexTaxonomy(taxonomy: Taxonomy | undefined): Map<string, TaxonomyTerm> {
  const index = new Map<string, TaxonomyTerm>();
  if (!taxonomy) return index;
  const lists: TaxonomyTerm[][] = [
    taxonomy.domains,
    taxonomy.domains.flatMap((d) => d.capabilities),
    taxonomy.roles,
    taxonomy.firmSizes,
    taxonomy.firmTypes,
    taxonomy.projectTracks,
    taxonomy.financingSources,
    taxonomy.ladderStages,
  ];
  for (const list of lists) for (const term of list) if (!index.has(term.code)) index.set(term.code, term);
  return index;
}

/**
 * The taxonomy query plus `label(code)`: the term's name in the current UI language
 * (the code itself while loading or when the code is unknown).
 */
export function useTaxonomy() {
  const { i18n } = useTranslation();
  const language: Language = currentLanguage(i18n);
  const query = useQuery(taxonomyQueryOptions());
  const index = useMemo(() => indexTaxonomy(query.data), [query.data]);
  const label = useCallback(
    (code: string | null | undefined): string => {
      if (!code) return '';
      return index.get(code)?.[language] ?? code;
    },
    [index, language],
  );
  return { ...query, taxonomy: query.data, index, label, language };
}
