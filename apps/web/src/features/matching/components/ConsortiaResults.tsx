import { Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ConsortiumSuggestions } from '../api/types';
import { BlockersAlert } from './BlockersAlert';
import { ConsortiumCard, type TeamAction } from './ConsortiumCard';

/** The answer: blockers when no team is feasible, then one tab per alternative team. */
export function ConsortiaResults({
  data,
  busy = false,
  teamAction,
}: {
  data: ConsortiumSuggestions;
  busy?: boolean;
  teamAction?: TeamAction;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [active, setActive] = useState<string | null>('0');
  const current = active !== null && Number(active) < data.teams.length ? active : '0';

  if (data.teams.length === 0) {
    return (
      <Stack gap="sm">
        {!data.feasible && <BlockersAlert blockers={data.blockers} />}
        <Text size="sm" c="dimmed" data-testid="consortia-empty">
          {t('matching.consortia.empty')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="sm" style={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
      {!data.feasible && <BlockersAlert blockers={data.blockers} />}
      <Tabs value={current} onChange={setActive} variant="outline" keepMounted={false}>
        <Tabs.List aria-label={t('matching.consortia.teamsLabel')}>
          {data.teams.map((team, index) => (
            <Tabs.Tab key={index} value={String(index)} data-feasible={team.feasible}>
              {t(team.feasible ? 'matching.consortia.teamTab' : 'matching.consortia.partialTab', {
                n: index + 1,
              })}
              {' · '}
              {formatPoints(team.score, language)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {data.teams.map((team, index) => (
          <Tabs.Panel key={index} value={String(index)} pt="sm">
            <ConsortiumCard team={team} index={index} teamAction={teamAction} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
