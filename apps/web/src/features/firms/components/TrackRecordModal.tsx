import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';
import { countryOptions } from '../../../lib/countries';
import { applyServerErrors } from '../../../lib/forms';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useSaveTrackRecordMutation } from '../api/firms';
import type { FirmTrackRecord } from '../api/types';
import { firmFieldError } from '../lib/validation';
import { useNotify } from '../../../components/Notices';
import {
  CURRENCIES,
  EMPTY_TRACK_RECORD,
  TRACK_RECORD_FIELD_MAP,
  toTrackRecordInput,
  toTrackRecordRequest,
  trackRecordSchema,
  type TrackRecordInput,
  type TrackRecordValues,
} from './trackRecordSchema';

interface Props {
  firmId: string;
  record: FirmTrackRecord | null;
  onClose: () => void;
}

/** Server details use `contractValue.amount`; the form has `amount`. */
function remapDetails(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, field: TRACK_RECORD_FIELD_MAP[d.field] ?? d.field }));
  return new ApiError(error.status, { ...error.body, message: error.message, details });
}

function TrackRecordForm({ firmId, record, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { taxonomy, label } = useTaxonomy();
  const notify = useNotify();
  const mutation = useSaveTrackRecordMutation(firmId);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TrackRecordInput, unknown, TrackRecordValues>({
    resolver: zodResolver(trackRecordSchema),
    defaultValues: record ? toTrackRecordInput(record) : EMPTY_TRACK_RECORD,
    mode: 'onTouched',
  });
  const err = (e: Parameters<typeof firmFieldError>[1]) => firmFieldError(t, e);
  const countries = useMemo(() => countryOptions(language), [language]);
  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'currency' });
    return CURRENCIES.map((c) => ({ value: c, label: `${c} · ${names.of(c) ?? c}` }));
  }, [language]);
  const roles = (taxonomy?.roles ?? []).map((r) => ({ value: r.code, label: label(r.code) }));
  const financing = (taxonomy?.financingSources ?? []).map((f) => ({ value: f.code, label: label(f.code) }));

  const onSubmit = handleSubmit(async (values) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      await mutation.mutateAsync({ recordId: record?.id, body: toTrackRecordRequest(values) });
      notify('success', t('firms.notices.trackRecordSaved', { title: values.projectTitle }));
      onClose();
    } catch (error) {
      const fields = Object.keys(EMPTY_TRACK_RECORD) as (keyof TrackRecordInput)[];
      setFormError(applyServerErrors<TrackRecordInput>(remapDetails(error), fields, setError, t));
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
          label={t('firms.trackRecords.projectTitle')}
          error={err(errors.projectTitle)}
          data-autofocus
          {...register('projectTitle')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Controller
            control={control}
            name="countryCode"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.country')}
                data={countries}
                searchable
                allowDeselect={false}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(errors.countryCode)}
              />
            )}
          />
          <TextInput label={t('firms.trackRecords.city')} error={err(errors.city)} {...register('city')} />
          <Controller
            control={control}
            name="year"
            render={({ field }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.year')}
                allowDecimal={false}
                thousandSeparator={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                onBlur={field.onBlur}
                error={err(errors.year)}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.role')}
                data={roles}
                clearable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(errors.role)}
              />
            )}
          />
          <Controller
            control={control}
            name="financingSource"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.financingSource')}
                data={financing}
                clearable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(errors.financingSource)}
              />
            )}
          />
          <Controller
            control={control}
            name="amount"
            render={({ field }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.amount')}
                min={0}
                decimalScale={2}
                thousandSeparator=","
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                onBlur={field.onBlur}
                error={err(errors.amount)}
              />
            )}
          />
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('firms.trackRecords.currency')}
                data={currencies}
                searchable
                clearable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err(errors.currency)}
              />
            )}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('firms.edit.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            {t('firms.trackRecords.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TrackRecordModal({ opened, ...props }: Props & { opened: boolean }) {
  const { t } = useTranslation();
  const title = props.record ? t('firms.trackRecords.editTitle') : t('firms.trackRecords.addTitle');
  return (
    <Modal opened={opened} onClose={props.onClose} title={title} size="lg">
      {opened && <TrackRecordForm {...props} />}
    </Modal>
  );
}
