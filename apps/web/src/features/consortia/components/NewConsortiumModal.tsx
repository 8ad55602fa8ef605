import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateConsortiumMutation } from '../api/consortia';
import { actionErrorText } from '../lib/errors';
import { ProjectSelect } from './ProjectSelect';

function NewConsortiumForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsortiumMutation();
  const [projectId, setProjectId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [projectError, setProjectError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!projectId) {
      setProjectError(t('consortia.create.projectRequired'));
      return;
    }
    setFormError(null);
    try {
      const detail = await create.mutateAsync({ projectId, ...(name.trim() ? { name: name.trim() } : {}) });
      onClose();
      void navigate(`/consortia/${detail.id}`);
    } catch (error) {
      setFormError(actionErrorText(error, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <ProjectSelect
          value={projectId}
          onChange={(id) => {
            setProjectId(id);
            setProjectError(undefined);
          }}
          error={projectError}
        />
        <TextInput
          label={t('consortia.create.name')}
          description={t('consortia.create.nameHint')}
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('consortia.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "New consortium": pick an open project and (optionally) a name; the caller's firm leads. */
export function NewConsortiumModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('consortia.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <NewConsortiumForm onClose={onClose} />}
    </Modal>
  );
}
