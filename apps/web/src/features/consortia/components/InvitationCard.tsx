import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { Invitation } from '../api/types';
import { formatDateTime } from '../lib/time';
import { ExpiryText } from './ExpiryText';
import { ProjectLink } from './ProjectLink';
import { MemberStatusBadge } from './StatusBadge';

interface Props {
  invitation: Invitation;
  busy: boolean;
  onAccept?: () => void;
  onDecline?: () => void;
}

/** One invitation: consortium, project, lead firm, role, message, expiry (pending) or the answer. */
export function InvitationCard({ invitation: inv, busy, onAccept, onDecline }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const pending = inv.status === 'invited';
  const titleId = `invitation-${inv.id}`;
  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="md"
      aria-labelledby={titleId}
      data-testid="invitation"
      data-status={inv.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Anchor component={Link} to={`/consortia/${inv.consortium.id}`} fw={700} id={titleId}>
              {inv.consortium.name}
            </Anchor>
            <Text size="sm">
              {t('consortia.inbox.from', { firm: firmDisplayName(inv.leadFirm, language) })}
              {inv.invitedBy ? ` (${inv.invitedBy.name})` : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge color="indigo" variant="light" tt="none">
              {t('consortia.inbox.asRole', { role: label(inv.role) })}
            </Badge>
            <MemberStatusBadge status={inv.status} />
          </Group>
        </Group>
        <ProjectLink project={inv.project} />
        {inv.message && (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
            “{inv.message}”
          </Text>
        )}
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {t('consortia.inbox.invitedAt', { date: formatDateTime(inv.invitedAt, language) })}
          </Text>
          {pending && <ExpiryText expiresAt={inv.expiresAt} />}
          {!pending && inv.respondedAt && (
            <Text size="xs" c="dimmed">
              {t('consortia.inbox.answeredAt', { date: formatDateTime(inv.respondedAt, language) })}
            </Text>
          )}
        </Group>
        {inv.status === 'declined' && inv.declineReason && (
          <Text size="xs">
            {t('consortia.inbox.declineReason', {
              reason: t(`consortia.decline.reasons.${inv.declineReason}`),
            })}
            {inv.declineNote ? ` — ${inv.declineNote}` : ''}
          </Text>
        )}
        {pending && onAccept && onDecline && (
          <Group gap="sm">
            <Button
              color="green"
              onClick={onAccept}
              disabled={busy}
              aria-label={t('consortia.inbox.acceptNamed', { name: inv.consortium.name })}
            >
              {t('consortia.respond.accept')}
            </Button>
            <Button
              color="red"
              variant="light"
              onClick={onDecline}
              disabled={busy}
              aria-label={t('consortia.inbox.declineNamed', { name: inv.consortium.name })}
            >
              {t('consortia.respond.decline')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
