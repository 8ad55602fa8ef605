import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { firmFieldError } from '../lib/validation';
import { CURRENCIES, type TrackRecordInput, type TrackRecordValues } from './trackRecordSchema';

/** The inputs of the add/edit track record form. */
export function TrackRecordFields({
  form,
}: {
  form: UseFormReturn<TrackRecordInput, unknown, TrackRecordValues>;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { taxonomy, label } = useTaxonomy();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const err = (e: Parameters<typeof firmFieldError>[1]) => firmFieldError(t, e);
  const countries = useMemo(() => countryOptions(language), [language]);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    return CURRENCIES.map((c) => ({ value: c, label: `${c} · ${names.of(c) ?? c}` }));
  }, [language]);
  const roles = (taxonomy?.roles ?? []).map((r) => ({ value: r.code, label: label(r.code) }));
  const financing = (taxonomy?.financingSources ?? []).map((f) => ({ value: f.code, label: label(f.code) }));

  return (
    <>
      <TextInput
        label={t('firms.trackRecords.projectTitle')}
        error={err(errors.projectTitle)}
        data-autofocus
        {...register('projectTitle')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Controller
          control={control}
          name="countryCode"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.country')}
              data={countries}
              searchable
              allowDeselect={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(errors.countryCode)}
            />
          )}
        />
        <TextInput label={t('firms.trackRecords.city')} error={err(errors.city)} {...register('city')} />
        <Controller
          control={control}
          name="year"
          render={({ field }) => (
            <NumberInput
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.year')}
              allowDecimal={false}
              thousandSeparator={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
              onBlur={field.onBlur}
              error={err(errors.year)}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.role')}
              data={roles}
              clearable
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(errors.role)}
            />
          )}
        />
        <Controller
          control={control}
          name="financingSource"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.financingSource')}
              data={financing}
              clearable
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(errors.financingSource)}
            />
          )}
        />
        <Controller
          control={control}
          name="amount"
          render={({ field }) => (
            <NumberInput
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.amount')}
              min={0}
              decimalScale={2}
              thousandSeparator=","
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
              onBlur={field.onBlur}
              error={err(errors.amount)}
            />
          )}
        />
        <Controller
          control={control}
          name="currency"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('firms.trackRecords.currency')}
              data={currencies}
              searchable
              clearable
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(errors.currency)}
            />
          )}
        />
      </SimpleGrid>
    </>
  );
}
