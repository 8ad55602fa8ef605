import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder route target: replaced by the feature implementation.
export function EditFirmPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('firms.title')}</Title>;
}
