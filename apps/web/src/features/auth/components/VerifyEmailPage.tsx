import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useVerifyEmailMutation } from '../api/tokens';
import { AuthCard } from './AuthCard';

/** `/verify-email?token=…`: spends the e-mailed token once, on arrival. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const mutation = useVerifyEmailMutation();
  const { mutate } = mutation;
  const sent = useRef(false);
  useEffect(() => {
    // The token works once: strict-mode double effects must not spend it twice.
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <AuthCard
      title={t('auth.verify.title')}
      subtitle={t('auth.verify.subtitle')}
      footerText={t('auth.tokens.remembered')}
      footerLinkText={t('auth.signUp.toSignIn')}
      footerLinkTo="/signin"
    >
      {!token ? (
        <Alert color="red" role="alert" title={t('auth.tokens.missingTitle')}>
          {t('auth.verify.missing')}
        </Alert>
      ) : mutation.isSuccess ? (
        <Alert color="green" role="status" title={t('auth.tokens.doneTitle')}>
          {t('auth.verify.done')}
        </Alert>
      ) : mutation.isError ? (
        <Alert color="red" role="alert" title={t('auth.tokens.badTitle')}>
          {t('auth.verify.failed')}
        </Alert>
      ) : (
        <Stack align="center" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('auth.verify.checking')}</Text>
        </Stack>
      )}
    </AuthCard>
  );
}
