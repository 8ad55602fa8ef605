import { Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsortiumDetail } from '../api/types';
import { DirectorySearch } from './DirectorySearch';
import { InviteModal, type InviteTarget } from './InviteModal';
import type { ConsortiumSlots } from './slots';

const LIVE = new Set(['invited', 'accepted']);

/** The lead adds members: partner suggestions for this project (when the app gives them), or any firm from the directory. */
export function AddMemberPanel({
  consortium,
  partnerSuggestions,
}: {
  consortium: ConsortiumDetail;
  partnerSuggestions?: ConsortiumSlots['partnerSuggestions'];
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<InviteTarget | null>(null);
  const seated = new Set(consortium.members.filter((m) => LIVE.has(m.status)).map((m) => m.firm.id));
  seated.add(consortium.leadFirm.id);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="add-member-title"
      data-testid="add-member"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="add-member-title">
            {t('consortia.add.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('consortia.add.subtitle')}
          </Text>
        </div>
        <Tabs defaultValue={partnerSuggestions ? 'suggested' : 'directory'} keepMounted={false}>
          <Tabs.List>
            {partnerSuggestions && <Tabs.Tab value="suggested">{t('consortia.add.suggestedTab')}</Tabs.Tab>}
            <Tabs.Tab value="directory">{t('consortia.add.directoryTab')}</Tabs.Tab>
          </Tabs.List>
          {partnerSuggestions && (
            <Tabs.Panel value="suggested" pt="sm">
              {partnerSuggestions({
                leadFirmId: consortium.leadFirm.id,
                projectId: consortium.project.id,
                exclude: seated,
                onInvite: setTarget,
              })}
            </Tabs.Panel>
          )}
          <Tabs.Panel value="directory" pt="sm">
            <DirectorySearch exclude={seated} onInvite={setTarget} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <InviteModal consortiumId={consortium.id} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
