import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';
import type { AuthResponse } from '../../../lib/api/types';
import { applyServerErrors, fieldErrorText } from '../../../lib/forms';
import { useLoginMutation } from '../api/auth';
import { SIGN_IN_FIELDS, signInSchema, type SignInValues } from './schemas';

export function SignInForm({ onSuccess }: { onSuccess?: (data: AuthResponse) => void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useLoginMutation();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
    mode: 'onTouched',
  });

  const onSubmit = handleSubmit(async (values) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      const data = await mutation.mutateAsync(values);
      onSuccess?.(data);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setFormError(t('auth.signIn.invalidCredentials'));
      } else {
        setFormError(applyServerErrors<SignInValues>(error, SIGN_IN_FIELDS, setError, t));
      }
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('auth.signIn.title')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          error={fieldErrorText(t, errors.email)}
          {...register('email')}
        />
        <PasswordInput
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          error={fieldErrorText(t, errors.password)}
          aria-invalid={errors.password ? true : undefined}
          {...register('password')}
        />
        <Button type="submit" mt="xs" loading={mutation.isPending} disabled={mutation.isPending} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
