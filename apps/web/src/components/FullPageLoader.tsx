import { Center, Loader, Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Shown while a page's code chunk loads (routes are lazy): a thin indeterminate bar under the header. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" data-testid="page-loader">
      <Progress value={100} animated striped size="xs" aria-label={t('common.loading')} />
    </div>
  );
}
