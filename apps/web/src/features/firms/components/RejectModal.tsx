import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/forms';
import { firmFieldError, vmsg } from '../lib/validation';

export const rejectSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, vmsg('reasonRequired'))
    .min(3, vmsg('reasonMin'))
    .max(1000, vmsg('tooLong')),
});
type RejectValues = z.infer<typeof rejectSchema>;

interface Props {
  /** The firm being rejected; `null` closes the modal. */
  firmName: string | null;
  pending: boolean;
  onReject: (reason: string) => Promise<void>;
  onClose: () => void;
}

function RejectForm({ firmName, pending, onReject, onClose }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RejectValues>({
    resolver: zodResolver(rejectSchema),
    defaultValues: { reason: '' },
  });
  const onSubmit = handleSubmit(async ({ reason }) => {
    if (pending) return;
    setFormError(null);
    try {
      await onReject(reason);
    } catch (error) {
      setFormError(applyServerErrors<RejectValues>(error, ['reason'], setError, t));
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('firms.verification.rejectIntro', { name: firmName ?? '' })}</Text>
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <Textarea
          label={t('firms.verification.reason')}
          description={t('firms.verification.reasonHint')}
          rows={4}
          data-autofocus
          error={firmFieldError(t, errors.reason)}
          {...register('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('firms.edit.cancel')}
          </Button>
          <Button type="submit" color="red" loading={pending} disabled={pending}>
            {t('firms.verification.confirmReject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Rejecting needs a reason (≥ 3 characters); the firm sees it on its dashboard and profile. */
export function RejectModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.firmName !== null}
      onClose={props.onClose}
      title={t('firms.verification.rejectTitle')}
    >
      {props.firmName !== null && <RejectForm {...props} />}
    </Modal>
  );
}
