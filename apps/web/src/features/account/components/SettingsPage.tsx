import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Container,
  Divider,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import type { User } from '../../../lib/api/types';
import { meQueryOptions } from '../../../lib/auth/me';
import { applyServerErrors, fieldErrorText, type ValidationKey } from '../../../lib/forms';
import { currentLanguage, type Language } from '../../../lib/i18n';
import {
  useChangePasswordMutation,
  useResendVerificationMutation,
  useSignOutEverywhereMutation,
  useUpdateProfileMutation,
} from '../api/account';

const msg = (key: ValidationKey) => ({ error: key });

/** `/settings`: profile, language, notification e-mails, password, sign out everywhere; `extra` adds sections (saved searches). */
export function SettingsPage({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions());
  return (
    <Container size="md" py="md">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('account.title')}
        </Title>
        {me.isPending ? (
          <Skeleton h={200} role="status" aria-label={t('common.loading')} />
        ) : me.isError ? (
          <QueryErrorAlert title={t('account.failed')} error={me.error} onRetry={() => void me.refetch()} />
        ) : (
          <>
            <Paper withBorder p="lg">
              <ProfileSection user={me.data} />
            </Paper>
            <Paper withBorder p="lg">
              <PasswordSection />
            </Paper>
            {extra && (
              <Paper withBorder p="lg">
                {extra}
              </Paper>
            )}
            <Paper withBorder p="lg">
              <SignOutEverywhereSection />
            </Paper>
          </>
        )}
      </Stack>
    </Container>
  );
}

const profileSchema = z.object({
  name: z.string().trim().min(1, msg('nameRequired')).max(100, msg('tooLong')),
});
type ProfileValues = z.infer<typeof profileSchema>;

function ProfileSection({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfileMutation();
  const resend = useResendVerificationMutation();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty },
    reset,
  } = useForm<ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: { name: user.name } });

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    setFormError(null);
    try {
      const next = await update.mutateAsync({ name: values.name });
      reset({ name: next.name });
      setSaved(true);
    } catch (error) {
      setFormError(applyServerErrors<ProfileValues>(error, ['name'], setError, t));
    }
  });

  const setLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    update.mutate({ locale: language });
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="profile-heading">
      <Title order={2} size="h3" id="profile-heading">
        {t('account.profile')}
      </Title>
      <Text size="sm">
        {t('account.email')}: <strong>{user.email}</strong>{' '}
        {user.emailVerified ? t('account.verified') : t('account.notVerified')}
      </Text>
      {!user.emailVerified && (
        <Group>
          <Button size="xs" variant="light" onClick={() => resend.mutate()} loading={resend.isPending}>
            {t('account.resend')}
          </Button>
          {resend.isSuccess && (
            <Text size="sm" role="status">
              {t('account.resent')}
            </Text>
          )}
        </Group>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('account.profile')}>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert" title={t('errors.formTitle')}>
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('account.name')}
            autoComplete="name"
            error={fieldErrorText(t, errors.name)}
            {...register('name')}
          />
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!isDirty}>
              {t('account.saveProfile')}
            </Button>
            {saved && (
              <Text size="sm" role="status">
                {t('account.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      <Divider />
      <Stack gap={4}>
        <Text fw={500} id="language-label">
          {t('account.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="language-label"
          value={currentLanguage(i18n)}
          onChange={(v) => setLanguage(v)}
          data={[
            { value: 'ko', label: t('language.ko') },
            { value: 'en', label: t('language.en') },
          ]}
          w="fit-content"
        />
      </Stack>
      <Switch
        label={t('account.emailNotifications')}
        description={t('account.emailNotificationsHint')}
        checked={user.emailNotifications}
        onChange={(e) => update.mutate({ emailNotifications: e.currentTarget.checked })}
      />
    </Stack>
  );
}

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, msg('passwordRequired')),
    newPassword: z.string().min(10, msg('passwordMin')).max(200, msg('tooLong')),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], ...msg('passwordMismatch') });
type PasswordValues = z.infer<typeof passwordSchema>;

function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePasswordMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      reset();
    } catch (error) {
      setFormError(applyServerErrors<PasswordValues>(error, ['currentPassword', 'newPassword'], setError, t));
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="password-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="password-heading">
          {t('account.password')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.passwordHint')}
        </Text>
        {formError && (
          <Alert color="red" role="alert" title={t('errors.formTitle')}>
            {formError}
          </Alert>
        )}
        {change.isSuccess && (
          <Alert color="green" role="status">
            {t('account.passwordChanged')}
          </Alert>
        )}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          error={fieldErrorText(t, errors.currentPassword)}
          {...register('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          autoComplete="new-password"
          error={fieldErrorText(t, errors.newPassword)}
          {...register('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          error={fieldErrorText(t, errors.confirm)}
          {...register('confirm')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SignOutEverywhereSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const mutation = useSignOutEverywhereMutation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="sessions-heading">
      <Title order={2} size="h3" id="sessions-heading">
        {t('account.sessions')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('account.sessionsHint')}
      </Text>
      <Group>
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>
          {t('account.signOutEverywhere')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('account.signOutEverywhere')}
        message={t('account.signOutEverywhereConfirm')}
        confirmLabel={t('account.signOutEverywhere')}
        pending={mutation.isPending}
        onConfirm={() =>
          mutation.mutate(undefined, { onSuccess: () => void navigate('/signin', { replace: true }) })
        }
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
