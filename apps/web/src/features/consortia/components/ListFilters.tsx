import { Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { countriesQueryOptions, countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { CONSORTIUM_STATUSES } from '../lib/enums';
import { ALL, AWAITING, type ListFilters as Filters } from '../lib/params';

/** Status (and, for staff, project country) filters of the consortium list. */
export function ListFilters({
  filters,
  staff,
  onChange,
}: {
  filters: Filters;
  staff: boolean;
  onChange: (next: Filters) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const countries = useQuery({ ...countriesQueryOptions(), enabled: staff });
  const statusData = [
    ...(staff ? [{ value: AWAITING, label: t('consortia.filters.awaiting') }] : []),
    { value: ALL, label: t('consortia.filters.all') },
    ...CONSORTIUM_STATUSES.map((s) => ({ value: s, label: t(`consortia.status.${s}`) })),
  ];
  const countryData = (countries.data ?? [])
    .map((c) => ({ value: c.code, label: countryName(c.code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <Group gap="md" align="flex-end" role="search" aria-label={t('consortia.filters.label')}>
      <Select
        label={t('consortia.filters.status')}
        data={statusData}
        value={filters.status}
        allowDeselect={false}
        onChange={(value) => value && onChange({ ...filters, status: value, page: 1 })}
        w={220}
      />
      {staff && (
        <Select
          label={t('consortia.filters.country')}
          placeholder={t('consortia.filters.anyCountry')}
          data={countryData}
          value={filters.country}
          searchable
          clearable
          onChange={(value) => onChange({ ...filters, country: value, page: 1 })}
          w={220}
        />
      )}
    </Group>
  );
}
