import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Marks a firm that is not yet on the platform (no active admin): an invitation needs a contact
 * e-mail, and the firm answers once someone claims its profile. Nothing is shown for firms on it.
 */
export function PresenceBadge({ onPlatform, size = 'sm' }: { onPlatform: boolean; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  if (onPlatform) return null;
  return (
    <Tooltip label={t('presence.hint')} multiline w={260} withArrow>
      <Badge color="gray" variant="outline" size={size} tt="none" data-testid="not-on-platform" tabIndex={0}>
        {t('presence.notOnPlatform')}
      </Badge>
    </Tooltip>
  );
}
