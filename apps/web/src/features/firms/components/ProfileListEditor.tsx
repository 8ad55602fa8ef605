import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useNotify } from '../../../components/Notices';
import { ApiError } from '../../../lib/api/errors';
import { applyServerErrors } from '../../../lib/forms';
import { mutationErrorText } from '../lib/errors';

/** The texts of one list, already translated (the item ones are functions of the item). */
export interface ProfileListTexts<Item, Values> {
  hint: string;
  add: string;
  empty: string;
  addTitle: string;
  editTitle: string;
  save: string;
  deleteTitle: string;
  deleteConfirm: (item: Item) => string;
  editNamed: (item: Item) => string;
  deleteNamed: (item: Item) => string;
  saved: (values: Values) => string;
  deleted: (item: Item) => string;
}

/** The add/edit form of one list: its schema, defaults, fields and how server errors map onto it. */
export interface ProfileListForm<Item, Input extends FieldValues, Values> {
  schema: z.ZodType<Values, Input>;
  empty: DefaultValues<Input>;
  toInput: (item: Item) => DefaultValues<Input>;
  /** The form's inputs (rendered inside the modal, above Cancel / Save). */
  fields: (form: UseFormReturn<Input, unknown, Values>) => ReactNode;
  /** Field paths the server may name in `details[].field`, for the current values. */
  serverFields: (values: Input) => FieldPath<Input>[];
  /** Server field paths that differ from the form's (e.g. `contractValue.amount` → `amount`). */
  serverFieldMap?: Readonly<Record<string, FieldPath<Input>>>;
}

interface ProfileListEditorProps<Item extends { id: string }, Input extends FieldValues, Values> {
  items: Item[];
  texts: ProfileListTexts<Item, Values>;
  form: ProfileListForm<Item, Input, Values>;
  /** The list itself; `actions(item)` are that item's Edit and Delete buttons. Only called with items. */
  renderList: (items: Item[], actions: (item: Item) => ReactNode) => ReactNode;
  /** Creates (`item` null) or updates the item; rejects with the API error. */
  onSave: (item: Item | null, values: Values) => Promise<unknown>;
  saving: boolean;
  onDelete: (item: Item) => Promise<unknown>;
  deleting: boolean;
}

function withServerFields(error: unknown, map: Readonly<Record<string, string>> | undefined): unknown {
  if (!map || !(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, field: map[d.field] ?? d.field }));
  return new ApiError(error.status, { ...error.body, message: error.message, details });
}

function ItemForm<Item extends { id: string }, Input extends FieldValues, Values>({
  item,
  form: config,
  texts,
  onSave,
  saving,
  onClose,
}: Pick<ProfileListEditorProps<Item, Input, Values>, 'form' | 'texts' | 'onSave' | 'saving'> & {
  item: Item | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver<Input, unknown, Values>(config.schema),
    defaultValues: item ? config.toInput(item) : config.empty,
    mode: 'onTouched',
  });

  const submit = form.handleSubmit(async (values) => {
    if (saving) return;
    setFormError(null);
    try {
      await onSave(item, values);
      notify('success', texts.saved(values));
      onClose();
    } catch (error) {
      const fields = config.serverFields(form.getValues());
      setFormError(
        applyServerErrors<Input>(withServerFields(error, config.serverFieldMap), fields, form.setError, t),
      );
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        {config.fields(form)}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t('firms.edit.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={saving}>
            {texts.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A list on the firm profile (solutions, track records…) with Add, Edit (the same form in a modal)
 * and Delete (after a confirmation). Each list brings its texts, its form and how it draws the items.
 */
export function ProfileListEditor<Item extends { id: string }, Input extends FieldValues, Values>({
  items,
  texts,
  form,
  renderList,
  onSave,
  saving,
  onDelete,
  deleting,
}: ProfileListEditorProps<Item, Input, Values>) {
  const { t } = useTranslation();
  const notify = useNotify();
  // `undefined`: no modal; `null`: adding; an item: editing it.
  const [editing, setEditing] = useState<Item | null | undefined>(undefined);
  const [removing, setRemoving] = useState<Item | null>(null);
  const close = () => setEditing(undefined);

  const confirmDelete = async (item: Item) => {
    try {
      await onDelete(item);
      notify('success', texts.deleted(item));
      setRemoving(null);
    } catch (error) {
      notify('error', mutationErrorText(error, t));
    }
  };

  const actions = (item: Item) => (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => setEditing(item)}
        aria-label={texts.editNamed(item)}
      >
        {t('firms.edit.editItem')}
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        onClick={() => setRemoving(item)}
        aria-label={texts.deleteNamed(item)}
      >
        {t('firms.edit.delete')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {texts.hint}
        </Text>
        <Button onClick={() => setEditing(null)}>{texts.add}</Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {texts.empty}
        </Text>
      ) : (
        renderList(items, actions)
      )}
      <Modal
        opened={editing !== undefined}
        onClose={close}
        title={editing ? texts.editTitle : texts.addTitle}
        size="lg"
      >
        {/* Mounted per opening, so every add starts empty and every edit from the item. */}
        {editing !== undefined && (
          <ItemForm
            item={editing}
            form={form}
            texts={texts}
            onSave={onSave}
            saving={saving}
            onClose={close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={texts.deleteTitle}
        message={removing ? texts.deleteConfirm(removing) : ''}
        confirmLabel={t('firms.edit.delete')}
        pending={deleting}
        onConfirm={() => removing && void confirmDelete(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
