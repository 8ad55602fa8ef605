import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useNow } from '../../../lib/useNow';
import { expiryState, formatDateTime, relativeTime } from '../lib/time';

/** "Expires in 5 days" / "5일 후 만료" (orange within two days, red once past), exact time on hover. */
export function ExpiryText({ expiresAt }: { expiresAt: string | null }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const language = currentLanguage(i18n);
  const state = expiryState(expiresAt, now);
  if (!expiresAt || state === 'none') return null;
  const when = relativeTime(expiresAt, now, language);
  return (
    <Text
      span
      size="xs"
      c={state === 'expired' ? 'red.8' : state === 'soon' ? 'orange.8' : 'dimmed'}
      fw={state === 'later' ? 400 : 600}
      title={formatDateTime(expiresAt, language) ?? undefined}
      data-testid="expiry"
    >
      {state === 'expired' ? t('consortia.expiry.past', { when }) : t('consortia.expiry.future', { when })}
    </Text>
  );
}
