import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { countryOptions } from '../../../lib/countries';
import { applyServerErrors, fieldErrorText } from '../../../lib/forms';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useCreatePartnerRequestMutation } from '../api/partner-requests';

const schema = z.object({
  title: z.string().trim().min(3, 'titleMin').max(200, 'tooLong'),
  description: z.string().trim().min(1, 'descriptionRequired').max(4000, 'tooLong'),
  capabilities: z.array(z.string()).min(1, 'capabilitiesRequired').max(20, 'tooLong'),
  role: z.string().nullable(),
  countryCode: z.string().nullable(),
  expiresAt: z.string().min(1, 'dateRequired'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['title', 'description', 'capabilities', 'role', 'countryCode', 'expiresAt'] as const;

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Publish "we seek a partner who can do X": capabilities from the taxonomy, role, country, expiry. */
export function NewPartnerRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { taxonomy, language } = useTaxonomy();
  const create = useCreatePartnerRequestMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: '',
      description: '',
      capabilities: [],
      role: null,
      countryCode: null,
      expiresAt: inDays(30),
    },
  });
  const capabilityGroups = (taxonomy?.domains ?? []).map((d) => ({
    group: d[language],
    items: d.capabilities.map((c) => ({ value: c.code, label: c[language] })),
  }));
  const roles = (taxonomy?.roles ?? []).map((r) => ({ value: r.code, label: r[language] }));

  const onSubmit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      await create.mutateAsync({
        title: v.title,
        description: v.description,
        capabilities: v.capabilities,
        ...(v.role ? { role: v.role } : {}),
        ...(v.countryCode ? { countryCode: v.countryCode } : {}),
        expiresAt: new Date(`${v.expiresAt}T23:59:59`).toISOString(),
      });
      reset();
      onClose();
    } catch (error) {
      setFormError(applyServerErrors<Values>(error, FIELDS, setError, t));
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('partnerRequests.new.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('partnerRequests.fields.title')}
            required
            {...register('title')}
            error={fieldErrorText(t, errors.title)}
            data-autofocus
          />
          <Textarea
            label={t('partnerRequests.fields.description')}
            required
            autosize
            minRows={3}
            {...register('description')}
            error={fieldErrorText(t, errors.description)}
          />
          <Controller
            control={control}
            name="capabilities"
            render={({ field }) => (
              <MultiSelect
                label={t('partnerRequests.fields.capabilities')}
                required
                searchable
                data={capabilityGroups}
                value={field.value}
                onChange={field.onChange}
                error={fieldErrorText(t, errors.capabilities as never)}
              />
            )}
          />
          <Group grow align="flex-start">
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <Select
                  label={t('partnerRequests.fields.role')}
                  clearable
                  data={roles}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <Controller
              control={control}
              name="countryCode"
              render={({ field }) => (
                <Select
                  label={t('partnerRequests.fields.country')}
                  clearable
                  searchable
                  data={countryOptions(i18n.language)}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          </Group>
          <TextInput
            type="date"
            label={t('partnerRequests.fields.expiresAt')}
            required
            min={inDays(1)}
            max={inDays(365)}
            {...register('expiresAt')}
            error={fieldErrorText(t, errors.expiresAt)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('partnerRequests.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
