import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasActiveFilters, type DashboardFilters as Filters } from '../lib/filters';

/** Program (one or many) and creation year; the page keeps them in the URL. */
export function DashboardFilters({
  filters,
  programs,
  years,
  disabled,
  onChange,
}: {
  filters: Filters;
  programs: string[];
  years: number[];
  disabled: boolean;
  onChange: (next: Filters) => void;
}) {
  const { t } = useTranslation();
  // Keep selections that are not (or not yet) among the options visible and removable.
  const programOptions = [...new Set([...programs, ...filters.programs])];
  const yearOptions = [...new Set([...years, ...(filters.year !== null ? [filters.year] : [])])].sort(
    (a, b) => b - a,
  );
  return (
    <Group
      component="form"
      role="search"
      aria-label={t('dashboard.filters.label')}
      align="flex-end"
      gap="sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <MultiSelect
        label={t('dashboard.filters.program')}
        placeholder={filters.programs.length ? undefined : t('dashboard.filters.programPlaceholder')}
        data={programOptions}
        value={filters.programs}
        onChange={(programs) => onChange({ ...filters, programs })}
        searchable
        clearable
        disabled={disabled}
        w={{ base: '100%', sm: 420 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('dashboard.filters.year')}
        data={[
          { value: '', label: t('dashboard.filters.allYears') },
          ...yearOptions.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        value={filters.year === null ? '' : String(filters.year)}
        onChange={(value) => onChange({ ...filters, year: value ? Number(value) : null })}
        allowDeselect={false}
        disabled={disabled}
        w={160}
      />
      {hasActiveFilters(filters) && (
        <Button variant="subtle" onClick={() => onChange({ programs: [], year: null })}>
          {t('dashboard.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
