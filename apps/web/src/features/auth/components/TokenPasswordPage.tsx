import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../../lib/api/errors';
import { applyServerErrors, fieldErrorText, type ValidationKey } from '../../../lib/forms';
import { useRequestResetMutation, useTokenPasswordMutation } from '../api/tokens';
import { AuthCard } from './AuthCard';
import { PASSWORD_MIN_LENGTH } from './schemas';

const msg = (key: ValidationKey) => ({ error: key });

const passwordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, msg('passwordMin')).max(200, msg('tooLong')),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], ...msg('passwordMismatch') });
type PasswordValues = z.infer<typeof passwordSchema>;

/** Whether a failed token request means the link itself is no good (so asking again is the way out). */
function isTokenError(error: unknown): boolean {
  return error instanceof ApiError && error.details.some((d) => d.field === 'token');
}

/**
 * `/reset-password?token=…` (from the reset e-mail) and `/set-password?token=…` (from an invitation):
 * choose a new password with the one-time token. Without a token, `/reset-password` asks for the address.
 */
export function TokenPasswordPage({ kind }: { kind: 'reset' | 'invite' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const key = kind === 'reset' ? 'reset' : 'invite';
  return (
    <AuthCard
      title={t(`auth.${key}.title`)}
      subtitle={t(`auth.${key}.subtitle`)}
      footerText={t('auth.tokens.remembered')}
      footerLinkText={t('auth.signUp.toSignIn')}
      footerLinkTo="/signin"
    >
      {token ? (
        <NewPasswordForm kind={kind} token={token} />
      ) : kind === 'reset' ? (
        <RequestResetForm />
      ) : (
        <Alert color="red" role="alert" title={t('auth.tokens.missingTitle')}>
          {t('auth.tokens.missingInvite')}
        </Alert>
      )}
    </AuthCard>
  );
}

function NewPasswordForm({ kind, token }: { kind: 'reset' | 'invite'; token: string }) {
  const { t } = useTranslation();
  const mutation = useTokenPasswordMutation(kind);
  const [formError, setFormError] = useState<string | null>(null);
  const [badToken, setBadToken] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { password: '', confirm: '' },
    mode: 'onTouched',
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    if (mutation.isPending) return;
    setFormError(null);
    try {
      await mutation.mutateAsync({ token, password });
    } catch (error) {
      if (isTokenError(error)) setBadToken(true);
      else setFormError(applyServerErrors<PasswordValues>(error, ['password'], setError, t));
    }
  });

  if (mutation.isSuccess) {
    return (
      <Alert color="green" role="status" title={t('auth.tokens.doneTitle')}>
        <Text size="sm">{t('auth.tokens.passwordDone')}</Text>
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t(`auth.${kind}.title`)}>
      <Stack gap="sm">
        {badToken && (
          <Alert color="red" role="alert" title={t('auth.tokens.badTitle')}>
            {t(kind === 'reset' ? 'auth.tokens.badReset' : 'auth.tokens.badInvite')}
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <PasswordInput
          label={t('auth.tokens.newPassword')}
          description={t('auth.signUp.passwordHint')}
          autoComplete="new-password"
          error={fieldErrorText(t, errors.password)}
          {...register('password')}
        />
        <PasswordInput
          label={t('auth.tokens.confirmPassword')}
          autoComplete="new-password"
          error={fieldErrorText(t, errors.confirm)}
          {...register('confirm')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('auth.tokens.savePassword')}
        </Button>
      </Stack>
    </form>
  );
}

const emailSchema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email(msg('emailInvalid'))),
});
type EmailValues = z.infer<typeof emailSchema>;

function RequestResetForm() {
  const { t } = useTranslation();
  const mutation = useRequestResetMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<EmailValues>({ resolver: zodResolver(emailSchema), defaultValues: { email: '' } });
  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await mutation.mutateAsync(email);
    } catch (error) {
      setFormError(applyServerErrors<EmailValues>(error, ['email'], setError, t));
    }
  });
  if (mutation.isSuccess) {
    return (
      <Alert color="green" role="status" title={t('auth.tokens.sentTitle')}>
        {t('auth.tokens.sent')}
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('auth.reset.requestTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('auth.reset.requestIntro')}</Text>
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="email"
          error={fieldErrorText(t, errors.email)}
          {...register('email')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('auth.reset.requestSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
