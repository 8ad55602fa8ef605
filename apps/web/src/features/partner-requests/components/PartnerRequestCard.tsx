import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposeModal } from '../../../components/ComposeModal';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ApiError } from '../../../lib/api/errors';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/format';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useClosePartnerRequestMutation, useReplyPartnerRequestMutation } from '../api/partner-requests';
import type { PartnerRequest } from '../api/types';

const STATUS_COLOR = { open: 'green', closed: 'gray', expired: 'gray' } as const;

function ReplyButton({ request }: { request: PartnerRequest }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const reply = useReplyPartnerRequestMutation();
  const submit = async () => {
    if (!message.trim()) return setError(t('partnerRequests.reply.required'));
    try {
      await reply.mutateAsync({ id: request.id, message: message.trim() });
      setSent(true);
      setOpened(false);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? t('partnerRequests.reply.duplicate')
          : t('errors.generic'),
      );
    }
  };
  if (sent)
    return (
      <Text size="sm" c="green.8" data-testid="reply-sent">
        {t('partnerRequests.reply.sent')}
      </Text>
    );
  return (
    <>
      <Button size="xs" onClick={() => setOpened(true)}>
        {t('partnerRequests.reply.action')}
      </Button>
      <ComposeModal
        opened={opened}
        title={t('partnerRequests.reply.title', { title: request.title })}
        label={t('partnerRequests.reply.message')}
        description={t('partnerRequests.reply.hint')}
        value={message}
        onChange={setMessage}
        error={error}
        maxLength={2000}
        submitLabel={t('partnerRequests.reply.send')}
        pending={reply.isPending}
        onSubmit={() => void submit()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}

/** One request: who seeks what, where, until when; reply (others) or close (own). */
export function PartnerRequestCard({
  request,
  canReply,
  canClose,
}: {
  request: PartnerRequest;
  canReply: boolean;
  canClose: boolean;
}) {
  const { t } = useTranslation();
  const { label, language } = useTaxonomy();
  const [closing, setClosing] = useState(false);
  const close = useClosePartnerRequestMutation();
  const firm = language === 'ko' ? (request.firm.nameKo ?? request.firm.name) : request.firm.name;
  const titleId = `partner-request-${request.id}`;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={titleId}
      data-testid="partner-request"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5" id={titleId}>
            {request.title}
          </Title>
          <Group gap={6}>
            {request.fit !== null && !request.mine && (
              <Badge variant="light" color="blue">
                {t('partnerRequests.card.fit', { count: request.fit })}
              </Badge>
            )}
            <Badge variant="light" color={STATUS_COLOR[request.status]}>
              {t(`partnerRequests.status.${request.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {firm}
          {request.countryCode ? ` · ${countryName(request.countryCode, language)}` : ''}
          {request.role ? ` · ${label(request.role)}` : ''}
          {' · '}
          {t('partnerRequests.card.until', { date: formatDate(request.expiresAt, language) })}
        </Text>
        {request.projectTitle && (
          <Text size="sm">{t('partnerRequests.card.project', { project: request.projectTitle })}</Text>
        )}
        <Group gap={4}>
          {request.capabilities.map((code) => (
            <Badge key={code} variant="outline" color="gray" tt="none">
              {label(code)}
            </Badge>
          ))}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {request.description}
        </Text>
        <Group justify="flex-end" gap="xs">
          {canReply && !request.mine && request.status === 'open' && <ReplyButton request={request} />}
          {canClose && request.mine && request.status === 'open' && (
            <Button size="xs" variant="default" onClick={() => setClosing(true)}>
              {t('partnerRequests.card.close')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={closing}
        title={t('partnerRequests.card.closeTitle')}
        message={t('partnerRequests.card.closeMessage')}
        confirmLabel={t('partnerRequests.card.close')}
        pending={close.isPending}
        onConfirm={() => void close.mutateAsync(request.id).then(() => setClosing(false))}
        onClose={() => setClosing(false)}
      />
    </Paper>
  );
}
