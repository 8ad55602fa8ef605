import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmMatch } from '../api/types';
import { PartsTable } from './PartsTable';
import { ReasonList } from './ReasonList';
import { RequirementBreakdownTable } from './RequirementBreakdownTable';

type Breakdown = Pick<FirmMatch, 'score' | 'parts' | 'requirements' | 'matchedRoles' | 'reasons'>;

/** Why a firm ↔ project pair scores what it does: the six parts, the reasons, the per-requirement table. */
export function MatchBreakdown({ match }: { match: Breakdown }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const rolesMentioned = match.reasons.some((r) => r.kind === 'roles');
  return (
    <Stack gap="md" data-testid="match-breakdown">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <PartsTable parts={match.parts} score={match.score} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Stack gap="xs">
            <Title order={4} size="sm">
              {t('matching.breakdown.reasonsTitle')}
            </Title>
            <ReasonList reasons={match.reasons} />
            {!rolesMentioned && match.matchedRoles.length > 0 && (
              <Text size="sm">
                {t('matching.breakdown.roles', { roles: match.matchedRoles.map(label).join(', ') })}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <RequirementBreakdownTable requirements={match.requirements} />
    </Stack>
  );
}
