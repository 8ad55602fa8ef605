import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclineReason, DeclineRequest } from '../api/types';
import { DECLINE_REASONS, isOneOf } from '../lib/enums';
import { actionErrorText } from '../lib/errors';

interface Props {
  /** What is being declined ("LG CNS consortium"); null closes the modal. */
  subject: string | null;
  pending: boolean;
  onDecline: (body: DeclineRequest) => Promise<void>;
  onClose: () => void;
}

function DeclineForm({ subject, pending, onDecline, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (!reason) {
      setReasonError(t('consortia.decline.reasonRequired'));
      return;
    }
    setFormError(null);
    try {
      await onDecline({ reason, ...(note.trim() ? { note: note.trim() } : {}) });
    } catch (error) {
      setFormError(actionErrorText(error, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('consortia.decline.intro', { subject: subject ?? '' })}</Text>
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <Radio.Group
          label={t('consortia.decline.reason')}
          required
          value={reason}
          onChange={(value) => {
            if (isOneOf(DECLINE_REASONS, value)) setReason(value);
            setReasonError(undefined);
          }}
          error={reasonError}
        >
          <Stack gap={6} mt={6}>
            {DECLINE_REASONS.map((r) => (
              <Radio key={r} value={r} label={t(`consortia.decline.reasons.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('consortia.decline.note')}
          description={t('consortia.decline.noteHint')}
          maxLength={1000}

          rows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={pending}>
            {t('consortia.decline.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Declining an invitation needs a reason (no capacity, not our field, conflict of interest, terms, other) and may carry a note. */
export function DeclineModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.subject !== null}
      onClose={props.onClose}
      title={t('consortia.decline.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.subject !== null && <DeclineForm {...props} />}
    </Modal>
  );
}
