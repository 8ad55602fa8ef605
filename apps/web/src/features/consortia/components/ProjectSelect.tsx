import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { projectTitle } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { projectSearchQueryOptions } from '../api/search';

interface Props {
  value: string | null;
  onChange: (projectId: string | null) => void;
  error?: string;
}

/** Searchable select over open and announced projects (`GET /api/projects?q=`, searched on the server). */
export function ProjectSelect({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const query = useQuery(projectSearchQueryOptions(debounced));
  const data = (query.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${projectTitle(p, language).text} · ${countryName(p.countryCode, language)}`,
  }));
  return (
    <Select
      label={t('consortia.create.project')}
      description={t('consortia.create.projectHint')}
      placeholder={t('consortia.create.projectPlaceholder')}
      searchable
      clearable
      required
      data={data}
      value={value}
      onChange={(next) => onChange(next)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched: show every option it returned.
      filter={({ options }) => options}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('consortia.create.noProjects')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
