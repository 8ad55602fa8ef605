import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/Notices';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useRespondMutation } from '../api/consortia';
import type { ConsortiumDetail, DeclineRequest } from '../api/types';
import { actionErrorText } from '../lib/errors';
import { DeclineModal } from './DeclineModal';
import { ExpiryText } from './ExpiryText';

/** An invited firm's admin answers the invitation on the consortium page. */
export function RespondBox({ consortium }: { consortium: ConsortiumDetail }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const notify = useNotify();
  const respond = useRespondMutation();
  const [declining, setDeclining] = useState(false);
  const seat = consortium.members.find((m) => m.id === consortium.viewer.memberId);
  if (!consortium.viewer.canRespond || !seat) return null;
  const ids = { consortiumId: consortium.id, memberId: seat.id };

  const accept = async () => {
    try {
      await respond.mutateAsync({ ...ids, accept: true });
      notify('success', t('consortia.respond.accepted', { name: consortium.name }));
    } catch (error) {
      notify('error', actionErrorText(error, t));
    }
  };
  const decline = async (body: DeclineRequest) => {
    await respond.mutateAsync({ ...ids, accept: false, body });
    notify('success', t('consortia.respond.declined', { name: consortium.name }));
    setDeclining(false);
  };

  return (
    <Alert color="blue" variant="light" title={t('consortia.respond.title')} data-testid="respond-box">
      <Stack gap="xs">
        <Text size="sm">{t('consortia.respond.body', { role: label(seat.role) })}</Text>
        {seat.message && (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
            “{seat.message}”
          </Text>
        )}
        <ExpiryText expiresAt={seat.expiresAt} />
        <Group gap="sm">
          <Button color="green" onClick={() => void accept()} loading={respond.isPending && !declining}>
            {t('consortia.respond.accept')}
          </Button>
          <Button color="red" variant="light" onClick={() => setDeclining(true)} disabled={respond.isPending}>
            {t('consortia.respond.decline')}
          </Button>
        </Group>
      </Stack>
      <DeclineModal
        subject={declining ? consortium.name : null}
        pending={respond.isPending}
        onDecline={decline}
        onClose={() => setDeclining(false)}
      />
    </Alert>
  );
}
