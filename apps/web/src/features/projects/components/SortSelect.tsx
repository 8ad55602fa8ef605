import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectSort } from '../api/types';
import { SORTS } from '../lib/filters';

/** Sort order. Without a choice the API sorts by relevance when searching, else newest first. */
export function SortSelect({
  value,
  hasQuery,
  onChange,
}: {
  value: ProjectSort | null;
  hasQuery: boolean;
  onChange: (sort: ProjectSort) => void;
}) {
  const { t } = useTranslation();
  const options = SORTS.filter((s) => s !== 'relevance' || hasQuery || value === 'relevance');
  return (
    <NativeSelect
      label={t('projects.list.sortLabel')}
      value={value ?? (hasQuery ? 'relevance' : 'newest')}
      onChange={(e) => onChange(e.currentTarget.value as ProjectSort)}
      data={options.map((s) => ({ value: s, label: t(`projects.sort.${s}`) }))}
      w={200}
    />
  );
}
