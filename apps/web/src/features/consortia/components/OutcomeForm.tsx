import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { applyServerErrors } from '../../../lib/forms';
import { useOutcomeMutation } from '../api/consortia';
import type { ConsortiumDetail, ConsortiumOutcome } from '../api/types';
import { OUTCOMES } from '../lib/enums';
import { todayIso } from '../lib/time';
import { fieldError, outcomeSchema, type OutcomeValues } from '../lib/validation';

/** After approval, staff record what happened: selected, not selected, contract signed (with the date). */
export function OutcomeForm({ consortium }: { consortium: ConsortiumDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const record = useOutcomeMutation(consortium.id);
  const [formError, setFormError] = useState<string | null>(null);
  const allowed = consortium.outcome === 'selected' ? (['contract_signed'] as const) : OUTCOMES;
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<OutcomeValues>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { outcome: null, date: todayIso() },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await record.mutateAsync({ outcome: values.outcome as ConsortiumOutcome, date: values.date });
      notify('success', t('consortia.outcome.recorded'));
    } catch (error) {
      setFormError(applyServerErrors<OutcomeValues>(error, ['outcome', 'date'], setError, t));
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="outcome-title">
      <Stack gap="sm">
        <Text fw={700} id="outcome-title">
          {t('consortia.outcome.title')}
        </Text>
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={control}
          name="outcome"
          render={({ field }) => (
            <Select
              label={t('consortia.outcome.label')}
              required
              data={allowed.map((o) => ({ value: o, label: t(`consortia.outcome.values.${o}`) }))}
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldError(t, errors.outcome)}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('consortia.outcome.date')}
          required
          error={fieldError(t, errors.date)}
          {...register('date')}
        />
        <Button type="submit" variant="light" loading={record.isPending}>
          {t('consortia.outcome.submit')}
        </Button>
      </Stack>
    </form>
  );
}
