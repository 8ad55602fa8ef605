import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ThreadView } from './ThreadView';

/** The consortium's team thread, shown on the consortium and review pages. */
export function ConsortiumThread({ consortiumId }: { consortiumId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consortium-thread-title">
      <Title order={2} size="h4" id="consortium-thread-title" mb="sm">
        {t('messaging.consortium.title')}
      </Title>
      <ThreadView kind="consortium" id={consortiumId} />
    </Paper>
  );
}
