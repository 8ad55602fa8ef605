import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';

/** Error state with a retry button; 404/403 get their own wording and no retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404 || status === 403) {
    return (
      <Alert color="yellow" variant="light" title={t('firms.errors.notFoundTitle')} role="alert">
        {t('firms.errors.notFound')}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={t('errors.loadFailed')} role="alert">
      <Button size="xs" variant="light" color="red" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
