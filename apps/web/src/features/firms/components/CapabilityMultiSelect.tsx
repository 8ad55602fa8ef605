import { MultiSelect, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import { normalizeSearch } from '../lib/capabilitySearch';

interface Props {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  placeholder?: string;
  description?: string;
  error?: string;
}

/** Capabilities grouped by domain; typing matches Korean and English names (and the domain). */
export function CapabilityMultiSelect({ label, value, onChange, placeholder, description, error }: Props) {
  const { t } = useTranslation();
  const { taxonomy, label: termLabel, isPending } = useTaxonomy();

  const data = useMemo(
    () =>
      (taxonomy?.domains ?? []).map((domain) => ({
        group: termLabel(domain.code),
        items: domain.capabilities.map((c) => ({ value: c.code, label: termLabel(c.code) })),
      })),
    [taxonomy, termLabel],
  );

  // value → every text it can be found by (ko, en, code, domain ko/en).
  const haystack = useMemo(() => {
    const map = new Map<string, string>();
    for (const domain of taxonomy?.domains ?? []) {
      for (const c of domain.capabilities) {
        map.set(c.code, normalizeSearch([c.ko, c.en, c.code, domain.ko, domain.en].join('|')));
      }
    }
    return map;
  }, [taxonomy]);

  const filter: OptionsFilter = ({ options, search }) => {
    const q = normalizeSearch(search);
    if (!q) return options;
    const keep = (value: string) => haystack.get(value)?.includes(q) ?? false;
    return options
      .map((option): ComboboxParsedItem | null => {
        if ('group' in option) {
          const items = option.items.filter((item) => keep(item.value));
          return items.length ? { ...option, items } : null;
        }
        return keep(option.value) ? option : null;
      })
      .filter((option): option is ComboboxParsedItem => option !== null);
  };

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : (placeholder ?? t('firms.capabilitySelect.placeholder'))}
      data={data}
      value={value}
      onChange={onChange}
      filter={filter}
      searchable
      clearable
      disabled={isPending && !taxonomy}
      nothingFoundMessage={t('firms.capabilitySelect.nothingFound')}
      maxDropdownHeight={320}
      error={error}
      hidePickedOptions
    />
  );
}
