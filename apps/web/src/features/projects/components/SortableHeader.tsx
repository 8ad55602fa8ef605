import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountrySortKey, SortDirection } from '../lib/countrySort';

interface SortableHeaderProps {
  column: CountrySortKey;
  label: string;
  sort: { key: CountrySortKey; direction: SortDirection };
  onSort: (key: CountrySortKey) => void;
  align?: 'left' | 'right';
  width?: string | number;
}

/** A column header that sorts the table (a button, so it is keyboard-operable; aria-sort tells the state). */
export function SortableHeader({ column, label, sort, onSort, align = 'left', width }: SortableHeaderProps) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const arrow = active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕';
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ textAlign: align, width }}
    >
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        title={t('projects.countries.sortBy', { column: label })}
        style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
      >
        {label}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.4, fontSize: 10 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
