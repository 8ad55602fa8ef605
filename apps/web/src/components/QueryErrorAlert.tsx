import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/errors';

/** A failed load: what failed, the server's reason when it gave one, and a retry button. */
export function QueryErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const reason =
    error instanceof ApiError
      ? error.status >= 500
        ? t('errors.generic')
        : error.message
      : t('errors.network');
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {reason}
      <div>
        <Button mt="sm" size="xs" variant="light" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </Alert>
  );
}
