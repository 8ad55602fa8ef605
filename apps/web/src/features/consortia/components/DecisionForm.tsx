import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useNotify } from '../../../components/Notices';
import { applyServerErrors } from '../../../lib/forms';
import { useDecisionMutation } from '../api/consortia';
import type { ConsortiumDetail, DecisionValue } from '../api/types';
import { CHECKLIST_KEYS, DECISIONS } from '../lib/enums';
import { isConflict } from '../lib/errors';
import { decisionSchema, fieldError, type DecisionValues } from '../lib/validation';

const EMPTY_CHECKLIST = Object.fromEntries(
  CHECKLIST_KEYS.map((k) => [k, false]),
) as DecisionValues['checklist'];

/**
 * Staff decision: the five-point checklist, approve / request changes / reject and a reason (required,
 * shown to every member firm). Sends the version that was reviewed; a 409 means someone else decided first.
 */
export function DecisionForm({
  consortium,
  onReload,
}: {
  consortium: ConsortiumDetail;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const decide = useDecisionMutation(consortium.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // Decisions are final: the validated values wait here until the reviewer confirms.
  const [pendingValues, setPendingValues] = useState<DecisionValues | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DecisionValues>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { decision: null, reason: '', checklist: EMPTY_CHECKLIST },
  });

  const onSubmit = handleSubmit((values) => setPendingValues(values));
  const send = async (values: DecisionValues) => {
    setPendingValues(null);
    if (decide.isPending) return;
    setFormError(null);
    setConflict(false);
    try {
      await decide.mutateAsync({
        decision: values.decision as DecisionValue,
        reason: values.reason.trim(),
        checklist: values.checklist,
        version: consortium.version,
      });
      notify(
        'success',
        t('consortia.review.decided', {
          decision: t(`consortia.decisions.values.${values.decision as DecisionValue}`),
        }),
      );
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setFormError(applyServerErrors<DecisionValues>(error, ['reason', 'decision'], setError, t));
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="decision-title">
      <Stack gap="sm">
        <Text fw={700} id="decision-title">
          {t('consortia.review.decisionTitle')}
        </Text>
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t('consortia.review.conflictTitle')}
            data-testid="decision-conflict"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('consortia.review.conflict')}</Text>
              <Button size="xs" variant="light" color="orange" onClick={onReload}>
                {t('consortia.review.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={control}
          name="checklist"
          render={({ field }) => (
            <Checkbox.Group
              label={t('consortia.checklist.title')}
              description={t('consortia.checklist.hint')}
              value={CHECKLIST_KEYS.filter((k) => field.value[k])}
              onChange={(checked) =>
                field.onChange(Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, checked.includes(k)])))
              }
            >
              <Stack gap={6} mt={6}>
                {CHECKLIST_KEYS.map((key) => (
                  <Checkbox key={key} value={key} label={t(`consortia.checklist.items.${key}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="decision"
          render={({ field }) => (
            <Radio.Group
              label={t('consortia.review.decision')}
              required
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              error={fieldError(t, errors.decision)}
            >
              <Stack gap={6} mt={6}>
                {DECISIONS.map((d) => (
                  <Radio key={d} value={d} label={t(`consortia.decisions.values.${d}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t('consortia.review.reason')}
          description={t('consortia.review.reasonHint')}
          required

          rows={3}
          error={fieldError(t, errors.reason)}
          {...register('reason')}
        />
        <Button type="submit" loading={decide.isPending}>
          {t('consortia.review.submitDecision')}
        </Button>
      </Stack>
      <ConfirmModal
        opened={pendingValues !== null}
        title={t('consortia.review.confirmTitle')}
        message={t('consortia.review.confirmBody', {
          decision: pendingValues?.decision ? t(`consortia.decisions.values.${pendingValues.decision}`) : '',
        })}
        confirmLabel={t('consortia.review.submitDecision')}
        color={pendingValues?.decision === 'approved' ? 'green' : 'red'}
        pending={decide.isPending}
        onConfirm={() => pendingValues && void send(pendingValues)}
        onClose={() => setPendingValues(null)}
      />
    </form>
  );
}
