import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../lib/forms';
import { useSaveSolutionMutation } from '../api/firms';
import type { FirmSolution } from '../api/types';
import { SOLUTION_MATURITIES } from '../lib/enums';
import { firmFieldError } from '../lib/validation';
import { CapabilityMultiSelect } from './CapabilityMultiSelect';
import { useNotify } from '../../../components/Notices';
import { ReferenceSitesField } from './ReferenceSitesField';
import {
  EMPTY_SOLUTION,
  solutionFields,
  solutionSchema,
  toSolutionInput,
  toSolutionRequest,
  type SolutionInput,
  type SolutionValues,
} from './solutionSchema';

interface Props {
  firmId: string;
  /** The solution to edit; `null` adds a new one. */
  solution: FirmSolution | null;
  onClose: () => void;
}

function SolutionForm({ firmId, solution, onClose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useSaveSolutionMutation(firmId);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<SolutionInput, unknown, SolutionValues>({
    resolver: zodResolver(solutionSchema),
    defaultValues: solution ? toSolutionInput(solution) : EMPTY_SOLUTION,
    mode: 'onTouched',
  });
  const err = (e: Parameters<typeof firmFieldError>[1]) => firmFieldError(t, e);

  const onSubmit = handleSubmit(async (values) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      await mutation.mutateAsync({ solutionId: solution?.id, body: toSolutionRequest(values) });
      notify('success', t('firms.notices.solutionSaved', { name: values.name }));
      onClose();
    } catch (error) {
      const fields = solutionFields(getValues('referenceSites').length) as (keyof SolutionInput)[];
      setFormError(applyServerErrors<SolutionInput>(error, fields, setError, t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
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
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('firms.edit.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {t('firms.solutions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SolutionModal({ opened, ...props }: Props & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={props.solution ? t('firms.solutions.editTitle') : t('firms.solutions.addTitle')}
      size="lg"
    >
      {opened && <SolutionForm {...props} />}
    </Modal>
  );
}
