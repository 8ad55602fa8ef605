import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useInviteMutation } from '../api/consortia';
import { actionErrorText } from '../lib/errors';
import { RoleSelect } from './RoleSelect';

export interface InviteTarget {
  firm: { id: string; name: string; nameKo: string | null };
  /** Pre-selected role (e.g. a role the partner adds). */
  role?: string;
}

function InviteForm({
  consortiumId,
  target,
  onDone,
}: {
  consortiumId: string;
  target: InviteTarget;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const invite = useInviteMutation(consortiumId);
  const [role, setRole] = useState<string | null>(target.role ?? null);
  const [message, setMessage] = useState('');
  const [roleError, setRoleError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const name = firmDisplayName(target.firm, currentLanguage(i18n));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    if (!role) {
      setRoleError(t('consortia.invite.roleRequired'));
      return;
    }
    setFormError(null);
    try {
      await invite.mutateAsync({
        firmId: target.firm.id,
        role,
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      notify('success', t('consortia.invite.sent', { firm: name }));
      onDone();
    } catch (error) {
      setFormError(actionErrorText(error, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('consortia.invite.intro', { firm: name })}</Text>
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <RoleSelect
          label={t('consortia.invite.role')}
          value={role}
          onChange={(next) => {
            setRole(next);
            setRoleError(undefined);
          }}
          error={roleError}
        />
        <Textarea
          label={t('consortia.invite.message')}
          description={t('consortia.invite.messageHint')}
          maxLength={2000}

          rows={3}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={invite.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('consortia.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Invite one firm with a role and an optional message. */
export function InviteModal({
  consortiumId,
  target,
  onClose,
}: {
  consortiumId: string;
  target: InviteTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!target}
      onClose={onClose}
      title={t('consortia.invite.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <InviteForm consortiumId={consortiumId} target={target} onDone={onClose} />}
    </Modal>
  );
}
