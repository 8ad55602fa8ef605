import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import {
  Controller,
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { firmFieldError } from '../lib/validation';
import type { SolutionInput } from './solutionSchema';

interface Props {
  control: Control<SolutionInput>;
  register: UseFormRegister<SolutionInput>;
  errors: FieldErrors<SolutionInput>;
}

/** Rows of country / city / year; add and remove rows. */
export function ReferenceSitesField({ control, register, errors }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const countries = useMemo(() => countryOptions(language), [language]);
  const { fields, append, remove } = useFieldArray({ control, name: 'referenceSites' });
  return (
    <Stack gap="xs" role="group" aria-labelledby="reference-sites-label">
      <Text size="sm" fw={500} id="reference-sites-label">
        {t('firms.solutions.referenceSites')}
      </Text>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('firms.solutions.noReferenceSites')}
        </Text>
      )}
      {fields.map((row, index) => {
        const rowErrors = errors.referenceSites?.[index];
        const n = index + 1;
        return (
          <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
            <Controller
              control={control}
              name={`referenceSites.${index}.country`}
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('firms.solutions.siteCountry', { n })}
                  data={countries}
                  searchable
                  allowDeselect={false}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={firmFieldError(t, rowErrors?.country)}
                  style={{ flex: 2 }}
                />
              )}
            />
            <TextInput
              label={t('firms.solutions.siteCity', { n })}
              error={firmFieldError(t, rowErrors?.city)}
              style={{ flex: 2 }}
              {...register(`referenceSites.${index}.city`)}
            />
            <Controller
              control={control}
              name={`referenceSites.${index}.year`}
              render={({ field }) => (
                <NumberInput
                  ref={field.ref}
                  name={field.name}
                  label={t('firms.solutions.siteYear', { n })}
                  allowDecimal={false}
                  thousandSeparator={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                  onBlur={field.onBlur}
                  error={firmFieldError(t, rowErrors?.year)}
                  style={{ flex: 1 }}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              size="lg"
              aria-label={t('firms.solutions.removeSite', { n })}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button variant="light" size="xs" onClick={() => append({ country: null, city: '', year: '' })}>
          {t('firms.solutions.addSite')}
        </Button>
      </Group>
    </Stack>
  );
}
