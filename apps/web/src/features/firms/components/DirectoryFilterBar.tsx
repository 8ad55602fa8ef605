import { Button, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import { countryOptions } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useLadderOptions } from '../hooks/useLadderOptions';
import { type DirectoryFilters, EMPTY_FILTERS, hasActiveFilters } from '../lib/directoryParams';
import { CapabilityMultiSelect } from './CapabilityMultiSelect';

interface Props {
  filters: DirectoryFilters;
  onChange: (next: Partial<DirectoryFilters>) => void;
}

/** Search box (submit on Enter) and filters that apply at once; everything ends up in the URL. */
export function DirectoryFilterBar({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [q, setQ] = useState(filters.q);
  // Back/forward changes the URL: keep the box in step (adjusted while rendering, React's pattern
  // for state that follows a prop, rather than an effect that renders twice).
  const [seenQ, setSeenQ] = useState(filters.q);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    setQ(filters.q);
  }

  const countries = useMemo(() => countryOptions(language), [language]);
  const ladderOptions = useLadderOptions();
  const sizeOptions = FIRM_SIZES.map((value) => ({ value, label: t(`enums.firmSize.${value}`) }));
  const typeOptions = FIRM_TYPES.map((value) => ({ value, label: t(`enums.firmType.${value}`) }));
  const any = t('firms.directory.any');

  return (
    <Stack gap="sm">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q });
        }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('firms.directory.searchLabel')}
            placeholder={t('firms.directory.searchPlaceholder')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: 1 }}
            type="search"
          />
          <Button type="submit">{t('firms.directory.search')}</Button>
        </Group>
      </form>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label={t('firms.fields.size')}
          placeholder={any}
          data={sizeOptions}
          value={filters.size}
          onChange={(size) => onChange({ size })}
          clearable
        />
        <Select
          label={t('firms.fields.type')}
          placeholder={any}
          data={typeOptions}
          value={filters.type}
          onChange={(type) => onChange({ type })}
          clearable
        />
        <Select
          label={t('firms.directory.country')}
          placeholder={any}
          data={countries}
          value={filters.country}
          onChange={(country) => onChange({ country })}
          searchable
          clearable
        />
        <Select
          label={t('firms.fields.ladderStage')}
          placeholder={any}
          data={ladderOptions}
          value={filters.ladderStage}
          onChange={(ladderStage) => onChange({ ladderStage })}
          clearable
        />
      </SimpleGrid>
      <CapabilityMultiSelect
        label={t('firms.directory.capabilities')}
        description={t('firms.directory.capabilitiesHint')}
        value={filters.capability}
        onChange={(capability) => onChange({ capability })}
      />
      <Group justify="space-between">
        <Group>
          <Switch
            label={t('firms.directory.hideSamples')}
            checked={filters.hideSamples}
            onChange={(event) => onChange({ hideSamples: event.currentTarget.checked })}
          />
          <Switch
            label={t('firms.directory.onlyOnPlatform')}
            checked={filters.onlyOnPlatform}
            onChange={(event) => onChange({ onlyOnPlatform: event.currentTarget.checked })}
          />
        </Group>
        {hasActiveFilters(filters) && (
          <Button variant="subtle" size="xs" onClick={() => onChange({ ...EMPTY_FILTERS })}>
            {t('firms.directory.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
