import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import { ApiError } from '../../../lib/api/errors';
import type { AuthResponse, RegisterRequest } from '../../../lib/api/types';
import { countryOptions, DEFAULT_COUNTRY } from '../../../lib/countries';
import { applyServerErrors, fieldErrorText } from '../../../lib/forms';
import { currentLanguage } from '../../../lib/i18n';
import { useRegisterMutation } from '../api/auth';
import { SIGN_UP_FIELDS, signUpSchema, type SignUpInput, type SignUpValues } from './schemas';

const LEGEND_STYLES = { legend: { fontWeight: 600, marginBottom: 'var(--mantine-spacing-xs)' } };

const DEFAULT_VALUES: SignUpInput = {
  name: '',
  email: '',
  password: '',
  firm: { name: '', nameKo: '', size: null, type: null, homeCountry: DEFAULT_COUNTRY },
};

export function toRegisterRequest(values: SignUpValues): RegisterRequest {
  return {
    name: values.name,
    email: values.email,
    password: values.password,
    firm: {
      name: values.firm.name,
      ...(values.firm.nameKo ? { nameKo: values.firm.nameKo } : {}),
      size: values.firm.size,
      type: values.firm.type,
      homeCountry: values.firm.homeCountry,
    },
  };
}

export function SignUpForm({ onSuccess }: { onSuccess?: (data: AuthResponse) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useRegisterMutation();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SignUpInput, unknown, SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: DEFAULT_VALUES,
    mode: 'onTouched',
  });

  const sizeOptions = FIRM_SIZES.map((value) => ({ value, label: t(`enums.firmSize.${value}`) }));
  const typeOptions = FIRM_TYPES.map((value) => ({ value, label: t(`enums.firmType.${value}`) }));
  const countries = useMemo(() => countryOptions(language), [language]);

  const onSubmit = handleSubmit(async (values) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      const data = await mutation.mutateAsync(toRegisterRequest(values));
      onSuccess?.(data);
    } catch (error) {
      setFormError(applyServerErrors<SignUpInput>(error, SIGN_UP_FIELDS, setError, t));
      if (
        error instanceof ApiError &&
        error.status === 409 &&
        error.details.some((d) => d.field === 'email')
      ) {
        // The most common conflict gets a message in the UI language.
        setError('email', { type: 'server', message: t('auth.signUp.emailTaken') }, { shouldFocus: true });
      }
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('auth.signUp.title')}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <Fieldset legend={t('auth.signUp.accountSection')} variant="unstyled" styles={LEGEND_STYLES}>
          <Stack gap="sm">
            <TextInput
              label={t('auth.signUp.name')}
              autoComplete="name"
              error={fieldErrorText(t, errors.name)}
              {...register('name')}
            />
            <TextInput
              label={t('auth.signUp.email')}
              type="email"
              autoComplete="email"
              error={fieldErrorText(t, errors.email)}
              {...register('email')}
            />
            <PasswordInput
              label={t('auth.signUp.password')}
              description={t('auth.signUp.passwordHint')}
              autoComplete="new-password"
              error={fieldErrorText(t, errors.password)}
              aria-invalid={errors.password ? true : undefined}
              {...register('password')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('auth.signUp.firmSection')} variant="unstyled" styles={LEGEND_STYLES}>
          <Stack gap="sm">
            <TextInput
              label={t('auth.signUp.firmName')}
              autoComplete="organization"
              error={fieldErrorText(t, errors.firm?.name)}
              {...register('firm.name')}
            />
            <TextInput
              label={t('auth.signUp.firmNameKo')}
              lang="ko"
              error={fieldErrorText(t, errors.firm?.nameKo)}
              {...register('firm.nameKo')}
            />
            <Controller
              control={control}
              name="firm.size"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('auth.signUp.firmSize')}
                  placeholder={t('auth.signUp.selectPlaceholder')}
                  data={sizeOptions}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldErrorText(t, errors.firm?.size)}
                />
              )}
            />
            <Controller
              control={control}
              name="firm.type"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('auth.signUp.firmType')}
                  placeholder={t('auth.signUp.selectPlaceholder')}
                  data={typeOptions}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldErrorText(t, errors.firm?.type)}
                />
              )}
            />
            <Controller
              control={control}
              name="firm.homeCountry"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('auth.signUp.homeCountry')}
                  data={countries}
                  searchable
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldErrorText(t, errors.firm?.homeCountry)}
                />
              )}
            />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending} fullWidth>
          {t('auth.signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
