import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { ProjectStatus } from '../api/types';
import type { Facet } from './filters';

/** Display name of a facet value in the UI language (countries via Intl.DisplayNames, codes via the taxonomy). */
export function useFacetLabel(): (facet: Facet, code: string) => string {
  const { t, i18n } = useTranslation();
  const { label } = useTaxonomy();
  const language = currentLanguage(i18n);
  return useCallback(
    (facet: Facet, code: string) => {
      switch (facet) {
        case 'country':
          return countryName(code, language);
        case 'status':
          return t(`enums.projectStatus.${code as ProjectStatus}`, { defaultValue: code });
        case 'program':
          return code;
        case 'track':
        case 'sector':
        case 'financing':
          return label(code);
      }
    },
    [t, label, language],
  );
}
