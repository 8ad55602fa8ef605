import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { firmDisplayName } from '../lib/format';
import { currentLanguage } from '../lib/i18n';
import { SampleBadge } from './SampleBadge';

/** A firm's name in the UI language, linking to its profile, with the sample-data badge for demo firms. */
export function FirmLink({
  firm,
}: {
  firm: { id: string; name: string; nameKo: string | null; isSample?: boolean };
}) {
  const { i18n } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Anchor component={Link} to={`/firms/${firm.id}`} fw={600} size="sm">
        {firmDisplayName(firm, currentLanguage(i18n))}
      </Anchor>
      {firm.isSample && <SampleBadge size="xs" />}
    </Group>
  );
}
