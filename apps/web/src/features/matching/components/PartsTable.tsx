import { Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { FitParts } from '../api/types';
import { partRows } from '../lib/score';

/** The six parts of a fit score, each with its points out of the maximum. */
export function PartsTable({ parts, score }: { parts: FitParts; score: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Table
      captionSide="top"
      withRowBorders={false}
      verticalSpacing={4}
      horizontalSpacing="xs"
      data-testid="score-parts"
    >
      <Table.Caption ta="left" mt={0} mb={4}>
        <Text fw={600} size="sm" c="var(--mantine-color-text)">
          {t('matching.breakdown.partsTitle')}
        </Text>
      </Table.Caption>
      <Table.Tbody>
        {partRows(parts).map(({ part, points, max }) => {
          const shown = { points: formatPoints(points, language), max: formatPoints(max, language) };
          return (
            <Table.Tr key={part} data-part={part}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{t(`matching.parts.${part}`)}</Text>
              </Table.Th>
              <Table.Td w="40%" miw={60}>
                <Progress
                  value={max ? (points / max) * 100 : 0}
                  size="sm"
                  color="indigo"
                  aria-hidden="true"
                />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {t('matching.breakdown.points', shown)}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm" fw={700}>
              {t('matching.score.label')}
            </Text>
          </Table.Th>
          <Table.Td />
          <Table.Td ta="right">
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {t('matching.score.outOf', { score: formatPoints(score, language) })}
            </Text>
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
