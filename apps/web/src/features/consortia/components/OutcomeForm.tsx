import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { applyServerErrors } from '../../../lib/forms';
import { useOutcomeMutation, useReportOutcomeMutation } from '../api/consortia';
import type { ConsortiumDetail, ConsortiumOutcome } from '../api/types';
import { OUTCOMES } from '../lib/enums';
import { todayIso } from '../lib/time';
import { fieldError, outcomeSchema, type OutcomeValues } from '../lib/validation';

const ORDER = ['bid_submitted', 'shortlisted', 'selected', 'contract_signed'] as const;
/** Mirrors the server's OUTCOME_TRANSITIONS: forward steps (skipping allowed); not selected before selection. */
function canFollow(current: ConsortiumOutcome | null, next: ConsortiumOutcome): boolean {
  if (current === 'contract_signed' || current === 'not_selected') return false;
  const at = current ? ORDER.indexOf(current) : -1;
  if (next === 'not_selected') return at < ORDER.indexOf('selected');
  return ORDER.indexOf(next) > at;
}

/** After approval, staff record each step: bid submitted, shortlisted, selected, contract signed (amount, currency) or not selected (reason). */
export function OutcomeForm({
  consortium,
  mode = 'record',
}: {
  consortium: ConsortiumDetail;
  /** `record`: staff record a confirmed step; `report`: the lead reports one for staff to confirm. */
  mode?: 'record' | 'report';
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const staffRecord = useOutcomeMutation(consortium.id);
  const leadReport = useReportOutcomeMutation(consortium.id);
  const record = mode === 'report' ? leadReport : staffRecord;
  const [formError, setFormError] = useState<string | null>(null);
  // The sequence moves forwards only: bid submitted → shortlisted → selected → contract signed, or not selected.
  const allowed = OUTCOMES.filter((o) => canFollow(consortium.outcome, o));
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<OutcomeValues>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { outcome: null, date: todayIso(), amount: '', currency: 'USD', reason: '' },
  });
  const chosen = useWatch({ control, name: 'outcome' });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const outcome = values.outcome as ConsortiumOutcome;
      await record.mutateAsync({
        outcome,
        date: values.date,
        ...(outcome === 'contract_signed'
          ? { amount: Number(values.amount), currency: values.currency?.trim() }
          : {}),
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      });
      notify('success', t(mode === 'report' ? 'consortia.outcome.reported' : 'consortia.outcome.recorded'));
    } catch (error) {
      setFormError(
        applyServerErrors<OutcomeValues>(
          error,
          ['outcome', 'date', 'amount', 'currency', 'reason'],
          setError,
          t,
        ),
      );
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="outcome-title">
      <Stack gap="sm">
        <Text fw={700} id="outcome-title">
          {t(mode === 'report' ? 'consortia.outcome.reportTitle' : 'consortia.outcome.title')}
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
        {chosen === 'contract_signed' && (
          <>
            <TextInput
              type="number"
              label={t('consortia.outcome.amount')}
              required
              error={fieldError(t, errors.amount)}
              {...register('amount')}
            />
            <TextInput
              label={t('consortia.outcome.currency')}
              required
              maxLength={3}
              error={fieldError(t, errors.currency)}
              {...register('currency')}
            />
          </>
        )}
        {(chosen === 'not_selected' || chosen === 'shortlisted' || chosen === 'bid_submitted') && (
          <TextInput
            label={chosen === 'not_selected' ? t('consortia.outcome.reason') : t('consortia.outcome.note')}
            required={chosen === 'not_selected'}
            error={fieldError(t, errors.reason)}
            {...register('reason')}
          />
        )}
        <Button type="submit" variant="light" loading={record.isPending}>
          {t(mode === 'report' ? 'consortia.outcome.reportSubmit' : 'consortia.outcome.submit')}
        </Button>
      </Stack>
    </form>
  );
}
