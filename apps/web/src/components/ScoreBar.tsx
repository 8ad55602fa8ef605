import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clampScore, formatPoints, scoreColor } from '../lib/format';
import { currentLanguage } from '../lib/i18n';

/**
 * A 0–100 score as a bar with the number beside it. The bar is a `progressbar` whose label and
 * value text say "Fit score 59.7 out of 100" (not "59.7%").
 */
export function ScoreBar({ score, label, w }: { score: number; label: string; w?: number | string }) {
  const { i18n } = useTranslation();
  const value = clampScore(score);
  const text = formatPoints(score, currentLanguage(i18n));
  return (
    <Group gap="xs" wrap="nowrap" w={w} data-testid="score-bar" data-score={score}>
      <Progress.Root
        size="lg"
        radius="xl"
        style={{ flex: 1, minWidth: 60 }}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={label}
      >
        <Progress.Section value={value} color={scoreColor(score)} withAria={false} />
      </Progress.Root>
      <Text
        fw={700}
        size="sm"
        w={40}
        ta="right"
        aria-hidden="true"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {text}
      </Text>
    </Group>
  );
}
