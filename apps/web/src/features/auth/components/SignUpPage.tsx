import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthCard } from './AuthCard';
import { SignUpForm } from './SignUpForm';

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AuthCard
      title={t('auth.signUp.title')}
      subtitle={t('auth.signUp.subtitle')}
      footerText={t('auth.signUp.haveAccount')}
      footerLinkText={t('auth.signUp.toSignIn')}
      footerLinkTo="/signin"
    >
      <SignUpForm onSuccess={() => void navigate('/', { replace: true })} />
    </AuthCard>
  );
}
