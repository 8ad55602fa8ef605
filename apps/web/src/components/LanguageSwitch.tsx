import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';

/** 한국어 / English switch. Native radio group: Tab to focus, arrow keys to change. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage(i18n)}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={[
        { value: 'ko', label: t('language.ko') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
