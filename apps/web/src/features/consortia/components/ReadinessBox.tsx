import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useNotify } from '../../../components/Notices';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSubmitMutation } from '../api/consortia';
import type { ConsortiumDetail } from '../api/types';
import { actionErrorText } from '../lib/errors';
import { WithdrawModal } from './WithdrawModal';

/**
 * Submission: while the team is editable the lead sees "Submit for review", disabled with every
 * reason listed (in the UI language) until the team is ready. Withdraw is offered until a decision.
 */
export function ReadinessBox({ consortium }: { consortium: ConsortiumDetail }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const notify = useNotify();
  const submit = useSubmitMutation(consortium.id);
  const [withdrawing, setWithdrawing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { viewer, readiness } = consortium;
  const editable = viewer.canEditTeam;
  const problems = readiness.problems;

  const onSubmit = async () => {
    try {
      await submit.mutateAsync();
      notify('success', t('consortia.readiness.submitted'));
    } catch (error) {
      notify('error', actionErrorText(error, t));
    } finally {
      setConfirming(false);
    }
  };

  if (!editable && !viewer.canWithdraw) return null;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="readiness-title"
      data-testid="readiness"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="readiness-title">
          {t('consortia.readiness.title')}
        </Title>
        {editable && (
          <>
            {problems.length > 0 ? (
              <div id="submit-problems">
                <Text size="sm" fw={600}>
                  {t('consortia.readiness.notYet')}
                </Text>
                <List size="sm" spacing={4} mt={4} data-testid="readiness-problems">
                  {problems.map((p) => (
                    <List.Item key={`${p.code}-${p.field}`} data-code={p.code}>
                      {pickText(p, language)}
                    </List.Item>
                  ))}
                </List>
              </div>
            ) : (
              <Text size="sm" c="teal" fw={600} id="submit-problems">
                {t('consortia.readiness.ready')}
              </Text>
            )}
            <Button
              onClick={() => setConfirming(true)}
              disabled={!viewer.canSubmit}
              loading={submit.isPending}
              aria-describedby="submit-problems"
            >
              {t('consortia.readiness.submit')}
            </Button>
          </>
        )}
        {!editable && (
          <Text size="sm" c="dimmed">
            {t('consortia.readiness.locked')}
          </Text>
        )}
        {viewer.canWithdraw && (
          <Button variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
            {t('consortia.withdraw.open')}
          </Button>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('consortia.readiness.confirmTitle')}
        message={t('consortia.readiness.confirmBody')}
        confirmLabel={t('consortia.readiness.submit')}
        color="blue"
        pending={submit.isPending}
        onConfirm={() => void onSubmit()}
        onClose={() => setConfirming(false)}
      />
      <WithdrawModal
        consortiumId={consortium.id}
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
      />
    </Card>
  );
}
