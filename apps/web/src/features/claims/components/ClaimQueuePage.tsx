import { Badge, Button, Card, Container, Group, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/auth/session';
import { claimQueueQueryOptions, useClaimDecisionMutation } from '../api/claims';
import type { Claim } from '../api/types';

function ClaimRow({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const decide = useClaimDecisionMutation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = (decision: 'approved' | 'rejected') => {
    setError(null);
    decide.mutate(
      { id: claim.id, body: { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
      { onError: (e) => setError(e.message) },
    );
  };
  return (
    <Card component="li" withBorder padding="md" data-testid="claim-row">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>{(i18n.language === 'ko' && claim.firm.nameKo) || claim.firm.name}</Text>
          <Badge color={claim.emailDomainMatches ? 'green' : 'yellow'} variant="light">
            {claim.emailDomainMatches ? t('claims.queue.domainMatches') : t('claims.queue.domainDiffers')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('claims.queue.claimant', { name: claim.claimant.name, email: claim.claimant.email })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('claims.queue.evidence', { domain: claim.emailDomain, website: claim.websiteHost ?? '—' })}
          {claim.invitedByName && ` · ${t('claims.queue.invitedBy', { name: claim.invitedByName })}`}
        </Text>
        <Textarea
          label={t('claims.queue.reason')}
          description={t('claims.queue.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button onClick={() => send('approved')} loading={decide.isPending}>
            {t('claims.queue.approve')}
          </Button>
          <Button color="red" variant="light" onClick={() => send('rejected')} loading={decide.isPending}>
            {t('claims.queue.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** `/staff/claims`: pending claims of firm profiles, oldest first, with the e-mail domain evidence. */
export function ClaimQueuePage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = session.user?.permissions.includes('claim:review') ?? false;
  const list = useQuery({ ...claimQueueQueryOptions(1), enabled: allowed });
  return (
    <Container size="md" py="lg">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('claims.queue.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('claims.queue.subtitle')}
          </Text>
        </div>
        {!allowed && <Text>{t('claims.queue.forbidden')}</Text>}
        {allowed && list.isPending && <Skeleton h={120} />}
        {list.data && list.data.items.length === 0 && (
          <Text c="dimmed" ta="center" data-testid="claims-empty">
            {t('claims.queue.empty')}
          </Text>
        )}
        {list.data && list.data.items.length > 0 && (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((c) => (
              <ClaimRow key={c.id} claim={c} />
            ))}
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
