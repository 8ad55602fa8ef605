import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type Ref, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import { countryName, countryOptions } from '../../../lib/countries';
import { applyServerErrors } from '../../../lib/forms';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUpdateFirmMutation } from '../api/firms';
import type { FirmProfile } from '../api/types';
import { EMPLOYEES_BANDS } from '../lib/enums';
import { firmFieldError } from '../lib/validation';
import { LadderStageField } from './LadderStageField';
import {
  PROFILE_FIELDS,
  profileSchema,
  toProfileInput,
  toUpdateRequest,
  type ProfileInput,
  type ProfileValues,
} from './profileSchema';

/** The props every controlled Mantine input gets from a react-hook-form field. */
function bind<V>(field: {
  ref: Ref<HTMLInputElement>;
  name: string;
  value: V;
  onChange: (v: V) => void;
  onBlur: () => void;
}) {
  return {
    ref: field.ref,
    name: field.name,
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
  };
}

export function ProfileForm({ firm }: { firm: FirmProfile }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { taxonomy, label } = useTaxonomy();
  const notify = useNotify();
  const mutation = useUpdateFirmMutation(firm.id);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useForm<
    ProfileInput,
    unknown,
    ProfileValues
  >({
    resolver: zodResolver(profileSchema),
    defaultValues: toProfileInput(firm),
    mode: 'onTouched',
  });
  const { errors, isDirty } = formState;
  const err = (e: Parameters<typeof firmFieldError>[1]) => firmFieldError(t, e);

  const countries = useMemo(() => {
    const base = countryOptions(language);
    const extra = firm.targetCountries.filter((c) => !base.some((o) => o.value === c));
    return [...base, ...extra.map((c) => ({ value: c, label: countryName(c, language) }))];
  }, [language, firm.targetCountries]);
  const roleOptions = (taxonomy?.roles ?? []).map((r) => ({ value: r.code, label: label(r.code) }));
  const sizeOptions = FIRM_SIZES.map((v) => ({ value: v, label: t(`enums.firmSize.${v}`) }));
  const typeOptions = FIRM_TYPES.map((v) => ({ value: v, label: t(`enums.firmType.${v}`) }));
  const bandOptions = EMPLOYEES_BANDS.map((band) => ({ value: band, label: t('firms.employees', { band }) }));

  const onSubmit = handleSubmit(async (values) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      const saved = await mutation.mutateAsync(toUpdateRequest(values));
      reset(toProfileInput(saved));
      notify('success', t('firms.notices.profileSaved'));
    } catch (error) {
      const text = applyServerErrors<ProfileInput>(error, PROFILE_FIELDS, setError, t);
      setFormError(text);
      notify('error', text ?? t('firms.notices.checkFields'));
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('firms.edit.tabs.profile')}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('firms.fields.name')} error={err(errors.name)} {...register('name')} />
          <TextInput
            label={t('firms.fields.nameKo')}
            lang="ko"
            error={err(errors.nameKo)}
            {...register('nameKo')}
          />
          <Controller
            control={control}
            name="size"
            render={({ field }) => (
              <Select
                {...bind(field)}
                label={t('firms.fields.size')}
                allowDeselect={false}
                error={err(errors.size)}
                data={sizeOptions}
              />
            )}
          />
          <Controller
            control={control}
            name="type"
            render={({ field }) => (
              <Select
                {...bind(field)}
                label={t('firms.fields.type')}
                allowDeselect={false}
                error={err(errors.type)}
                data={typeOptions}
              />
            )}
          />
          <Controller
            control={control}
            name="homeCountry"
            render={({ field }) => (
              <Select
                {...bind(field)}
                label={t('firms.fields.homeCountry')}
                searchable
                allowDeselect={false}
                data={countries}
                error={err(errors.homeCountry)}
              />
            )}
          />
          <TextInput
            label={t('firms.fields.website')}
            placeholder="https://example.kr"
            type="url"
            error={err(errors.website)}
            {...register('website')}
          />
          <TextInput
            label={t('firms.fields.corporateGroup')}
            description={t('firms.fields.corporateGroupHint')}
            placeholder="Samsung Group"
            error={err(errors.corporateGroup)}
            {...register('corporateGroup')}
          />
          <Controller
            control={control}
            name="employeesBand"
            render={({ field }) => (
              <Select
                {...bind(field)}
                label={t('firms.fields.employeesBand')}
                clearable
                data={bandOptions}
                error={err(errors.employeesBand)}
              />
            )}
          />
          <Controller
            control={control}
            name="foundedYear"
            render={({ field }) => (
              <NumberInput
                {...bind(field)}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                label={t('firms.fields.foundedYear')}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                error={err(errors.foundedYear)}
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          label={t('firms.fields.description')}
          autosize
          minRows={3}
          maxRows={10}
          error={err(errors.description)}
          {...register('description')}
        />
        <Controller
          control={control}
          name="targetCountries"
          render={({ field }) => (
            <MultiSelect
              {...bind(field)}
              label={t('firms.fields.targetCountries')}
              searchable
              clearable
              data={countries}
              error={err(errors.targetCountries)}
            />
          )}
        />
        <Controller
          control={control}
          name="roles"
          render={({ field }) => (
            <MultiSelect
              {...bind(field)}
              label={t('firms.fields.roles')}
              searchable
              clearable
              data={roleOptions}
              error={err(errors.roles)}
            />
          )}
        />
        <Controller
          control={control}
          name="ladderStage"
          render={({ field }) => (
            <LadderStageField
              value={field.value}
              onChange={(v) => field.onChange(v)}
              error={err(errors.ladderStage)}
            />
          )}
        />
        <Group justify="flex-end">
          <Button
            type="button"
            variant="default"
            disabled={!isDirty || mutation.isPending}
            onClick={() => reset()}
          >
            {t('firms.edit.reset')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {t('firms.edit.saveProfile')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
