import { Alert, Fieldset, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useReplaceCapabilitiesMutation } from '../api/firms';
import type { FirmCapability } from '../api/types';
import { filterDomains } from '../lib/capabilitySearch';
import {
  type CapabilitySelection,
  sameSelection,
  selectionFrom,
  toCapabilitiesBody,
} from '../lib/capabilitySelection';
import type { CapabilityLevel } from '../lib/enums';
import { mutationErrorText } from '../lib/errors';
import { CapabilityRow } from './CapabilityRow';
import { LoadError } from './LoadError';
import { PickerToolbar } from './PickerToolbar';

/** Domains → capabilities, searchable in Korean and English, a level per capability; Save PUTs the whole set. */
export function CapabilityPicker({
  firmId,
  capabilities,
}: {
  firmId: string;
  capabilities: FirmCapability[];
}) {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const notify = useNotify();
  const mutation = useReplaceCapabilitiesMutation(firmId);
  const [saved, setSaved] = useState<CapabilitySelection>(() => selectionFrom(capabilities));
  const [selection, setSelection] = useState<CapabilitySelection>(saved);
  const [search, setSearch] = useState('');
  const domains = useMemo(
    () => filterDomains(taxonomy.taxonomy?.domains ?? [], search),
    [taxonomy.taxonomy, search],
  );
  const dirty = !sameSelection(selection, saved);

  const toggle = (code: string, checked: boolean) =>
    setSelection((prev) => {
      const next = new Map(prev);
      if (checked) next.set(code, prev.get(code) ?? saved.get(code) ?? { level: 1, note: null });
      else next.delete(code);
      return next;
    });
  const setLevel = (code: string, level: CapabilityLevel) =>
    setSelection((prev) => new Map(prev).set(code, { note: prev.get(code)?.note ?? null, level }));

  const save = async () => {
    if (mutation.isPending) return;
    try {
      const result = await mutation.mutateAsync(toCapabilitiesBody(selection));
      const next = selectionFrom(result);
      setSaved(next);
      setSelection(next);
      notify('success', t('firms.notices.capabilitiesSaved', { count: next.size }));
    } catch (error) {
      notify('error', mutationErrorText(error, t));
    }
  };

  if (taxonomy.isError) return <LoadError error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;
  if (!taxonomy.taxonomy) return <Skeleton h={300} radius="md" aria-label={t('common.loading')} />;

  return (
    <Stack gap="md">
      <PickerToolbar
        search={search}
        onSearch={setSearch}
        count={selection.size}
        dirty={dirty}
        saving={mutation.isPending}
        onSave={() => void save()}
      />
      {domains.length === 0 && (
        <Alert color="gray" variant="light">
          {t('firms.picker.nothingFound', { query: search })}
        </Alert>
      )}
      {domains.map((domain) => {
        const chosen = domain.capabilities.filter((c) => selection.has(c.code)).length;
        return (
          <Fieldset
            key={domain.code}
            legend={`${taxonomy.label(domain.code)}${chosen ? ` (${chosen})` : ''}`}
            data-domain={domain.code}
          >
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing={0}>
              {domain.capabilities.map((c) => (
                <CapabilityRow
                  key={c.code}
                  capability={c}
                  language={taxonomy.language}
                  level={selection.get(c.code)?.level}
                  onToggle={(checked) => toggle(c.code, checked)}
                  onLevel={(level) => setLevel(c.code, level)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
