import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return (
    <AuthCard
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footerText={t('auth.signIn.noAccount')}
      footerLinkText={t('auth.signIn.toSignUp')}
      footerLinkTo="/signup"
    >
      <SignInForm
        onSuccess={() =>
          void navigate(typeof from === 'string' && from.startsWith('/') ? from : '/', { replace: true })
        }
      />
      <Text size="sm" ta="center" mt="sm">
        <Anchor component={Link} to="/reset-password">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
