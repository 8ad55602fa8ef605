import { Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import { LADDER_GROUPS, ladderIndex, LADDER_STEPS } from '../lib/ladder';

/** Colours of a step: done (below the firm's step), current, ahead. */
function stepStyle(state: 'done' | 'current' | 'ahead') {
  if (state === 'current') {
    return {
      // indigo.8: white text at about 5.8:1 (indigo.6 is 4.3:1, below WCAG AA).
      background: 'var(--mantine-color-indigo-8)',
      color: 'white',
      borderColor: 'var(--mantine-color-indigo-9)',
    };
  }
  if (state === 'done') {
    return {
      background: 'var(--mantine-color-indigo-0)',
      color: 'var(--mantine-color-indigo-9)',
      borderColor: 'var(--mantine-color-indigo-2)',
    };
  }
  return {
    background: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-dimmed)',
    borderColor: 'var(--mantine-color-gray-3)',
  };
}

/** The 12-step export ladder (A1…C4 in three stages) with the firm's current step highlighted. */
export function ExportLadder({ current }: { current: string | null }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const currentIndex = ladderIndex(current);

  return (
    <Stack gap="xs">
      {currentIndex < 0 && (
        <Text size="sm" c="dimmed">
          {t('firms.ladder.notSet')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {LADDER_GROUPS.map((group) => (
          <Paper key={group.stage} withBorder p="sm" radius="md" data-stage={group.stage}>
            <Title order={3} size="h6" mb={4}>
              {t('firms.ladder.stageHeading', {
                letter: group.letter,
                name: t(`firms.ladder.stages.${group.stage}`),
              })}
            </Title>
            <Box component="ol" m={0} p={0} style={{ listStyle: 'none', display: 'grid', gap: 6 }}>
              {group.steps.map((code) => {
                const index = LADDER_STEPS.indexOf(code);
                const state = index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'ahead';
                return (
                  <Box
                    component="li"
                    key={code}
                    data-step={code}
                    data-state={state}
                    aria-current={state === 'current' ? 'step' : undefined}
                    px="xs"
                    py={6}
                    style={{ ...stepStyle(state), border: '1px solid', borderRadius: 6, fontSize: 13 }}
                  >
                    <Text span fw={700} size="sm" mr={6} c="inherit">
                      {code}
                    </Text>
                    <Text span size="sm" c="inherit">
                      {label(code)}
                    </Text>
                    {state === 'current' && (
                      <Text span size="xs" fw={600} c="inherit" ml={6}>
                        {t('firms.ladder.youAreHere')}
                      </Text>
                    )}
                  </Box>
                );
              })}
            </Box>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
