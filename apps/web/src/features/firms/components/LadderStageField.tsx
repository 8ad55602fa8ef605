import { Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import { LADDER_GROUPS } from '../lib/ladder';

interface Props {
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
}

/** Radio cards for the 12 ladder steps, each with its name and a short description. */
export function LadderStageField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  return (
    <Radio.Group
      value={value ?? ''}
      onChange={onChange}
      label={t('firms.fields.ladderStage')}
      description={t('firms.edit.ladderHint')}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" mt="xs">
        {LADDER_GROUPS.map((group) => (
          <Stack key={group.stage} gap={6}>
            <Title order={4} size="h6">
              {t('firms.ladder.stageHeading', {
                letter: group.letter,
                name: t(`firms.ladder.stages.${group.stage}`),
              })}
            </Title>
            {group.steps.map((code) => (
              <Radio.Card key={code} value={code} radius="md" p="xs" data-step={code}>
                <Group wrap="nowrap" align="flex-start" gap="xs">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600} size="sm">
                      {code} · {label(code)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`firms.ladder.descriptions.${code}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
