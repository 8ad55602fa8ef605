import { Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SOLUTION_MATURITIES } from '../lib/enums';
import { firmFieldError } from '../lib/validation';
import { CapabilityMultiSelect } from './CapabilityMultiSelect';
import { ReferenceSitesField } from './ReferenceSitesField';
import type { SolutionInput, SolutionValues } from './solutionSchema';

/** The inputs of the add/edit solution form. */
export function SolutionFields({ form }: { form: UseFormReturn<SolutionInput, unknown, SolutionValues> }) {
  const { t } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const err = (e: Parameters<typeof firmFieldError>[1]) => firmFieldError(t, e);
  return (
    <>
      <TextInput
        label={t('firms.solutions.name')}
        error={err(errors.name)}
        data-autofocus
        {...register('name')}
      />
      <Textarea
        label={t('firms.solutions.description')}
        autosize
        minRows={3}
        maxRows={8}
        error={err(errors.description)}
        {...register('description')}
      />
      <Controller
        control={control}
        name="capabilityCodes"
        render={({ field }) => (
          <CapabilityMultiSelect
            label={t('firms.solutions.capabilities')}
            value={field.value}
            onChange={field.onChange}
            error={err(errors.capabilityCodes)}
          />
        )}
      />
      <Controller
        control={control}
        name="maturity"
        render={({ field }) => (
          <Select
            ref={field.ref}
            name={field.name}
            label={t('firms.solutions.maturity')}
            placeholder={t('firms.edit.choose')}
            allowDeselect={false}
            data={SOLUTION_MATURITIES.map((m) => ({ value: m, label: t(`firms.maturity.${m}`) }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err(errors.maturity)}
          />
        )}
      />
      <Controller
        control={control}
        name="certifications"
        render={({ field }) => (
          <TagsInput
            ref={field.ref}
            name={field.name}
            label={t('firms.solutions.certifications')}
            description={t('firms.solutions.certificationsHint')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err(errors.certifications)}
            clearable
          />
        )}
      />
      <ReferenceSitesField control={control} register={register} errors={errors} />
    </>
  );
}
