import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyServerErrors, fieldErrorText } from '../../../lib/forms';
import {
  NOTIFY_OPTIONS,
  useCreateSavedSearchMutation,
  type SavedSearchKind,
  type SavedSearchNotify,
} from '../api/saved-searches';
import { withoutPaging } from '../lib/links';

const schema = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  notify: z.enum(NOTIFY_OPTIONS as [SavedSearchNotify, ...SavedSearchNotify[]]),
});
type Values = z.infer<typeof schema>;

/** "Save this search" on a list page: names the current filters and chooses the alerts. */
export function SaveSearchButton({ kind, query }: { kind: SavedSearchKind; query: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const mutation = useCreateSavedSearchMutation();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', notify: kind === 'projects' ? 'in_app' : 'none' },
  });

  const close = () => {
    setOpened(false);
    setFormError(null);
    reset();
  };
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync({
        name: values.name,
        kind,
        notify: values.notify,
        filters: withoutPaging(query),
      });
      setSaved(true);
      close();
    } catch (error) {
      setFormError(applyServerErrors<Values>(error, ['name', 'notify'], setError, t));
    }
  });

  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          setSaved(false);
          setOpened(true);
        }}
      >
        {t('saved-searches.save')}
      </Button>
      {saved && (
        <Alert color="green" role="status" py={4} px="sm" withCloseButton={false}>
          {t('saved-searches.saved')}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('saved-searches.saveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('saved-searches.saveTitle')}>
          <Stack gap="sm">
            {formError && (
              <Alert color="red" role="alert" title={t('errors.formTitle')}>
                {formError}
              </Alert>
            )}
            <TextInput
              label={t('saved-searches.name')}
              data-autofocus
              error={
                errors.name
                  ? errors.name.type === 'server'
                    ? errors.name.message
                    : t(
                        `saved-searches.errors.${errors.name.message === 'tooLong' ? 'tooLong' : 'nameRequired'}`,
                      )
                  : undefined
              }
              {...register('name')}
            />
            {kind === 'projects' && (
              <Controller
                control={control}
                name="notify"
                render={({ field }) => (
                  <Select
                    label={t('saved-searches.notify')}
                    allowDeselect={false}
                    data={NOTIFY_OPTIONS.map((value) => ({
                      value,
                      label: t(`saved-searches.notifyOptions.${value}`),
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'none')}
                    error={fieldErrorText(t, errors.notify)}
                  />
                )}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('saved-searches.saveSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
