import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MustHaveIcon } from '../../../components/MustHaveIcon';
import { CheckIcon, CrossIcon } from '../../../components/icons';
import { formatPoints } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { RequirementBreakdown } from '../api/types';

/** Per required capability: covered or not (icon + word), must-have marker, level, solutions, points. */
export function RequirementBreakdownTable({ requirements }: { requirements: RequirementBreakdown[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table captionSide="top" striped verticalSpacing={6} fz="sm" data-testid="requirement-breakdown">
        <Table.Caption ta="left" mt={0} mb={4}>
          <Text fw={600} size="sm" c="var(--mantine-color-text)">
            {t('matching.breakdown.requirementsTitle')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.breakdown.requirement')}</Table.Th>
            <Table.Th scope="col">{t('matching.breakdown.coveredColumn')}</Table.Th>
            <Table.Th scope="col">{t('matching.breakdown.level')}</Table.Th>
            <Table.Th scope="col">{t('matching.breakdown.solutions')}</Table.Th>
            <Table.Th scope="col">{t('matching.breakdown.evidence')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('matching.breakdown.pointsColumn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirements.map((req) => (
            <Table.Tr
              key={req.code}
              data-code={req.code}
              data-covered={req.covered}
              data-must-have={req.mustHave}
            >
              <Table.Th scope="row" fw={500}>
                <Group gap={6} wrap="nowrap">
                  <span>{label(req.code)}</span>
                  {req.mustHave && (
                    <Group gap={2} wrap="nowrap" c="red">
                      <MustHaveIcon />
                      <Text span size="xs" fw={700}>
                        {t('matching.breakdown.mustHave')}
                      </Text>
                    </Group>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                <Group gap={4} wrap="nowrap" c={req.covered ? 'teal.8' : 'red.8'}>
                  {req.covered ? <CheckIcon size={14} /> : <CrossIcon size={14} />}
                  <Text span size="sm" fw={600}>
                    {req.covered ? t('matching.breakdown.covered') : t('matching.breakdown.notCovered')}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {req.level > 0 ? (
                  t('matching.breakdown.levelValue', { level: req.level })
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('matching.breakdown.noLevel')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {req.solutions.length ? req.solutions.join(', ') : t('matching.breakdown.noSolutions')}
              </Table.Td>
              <Table.Td data-testid="requirement-evidence">
                {req.evidence.length ? (
                  req.evidence
                    .map((e) =>
                      t(`matching.breakdown.evidenceKinds.${e.kind}`, {
                        name: e.name,
                        year: e.year ? ` (${e.year})` : '',
                      }),
                    )
                    .join('; ')
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('matching.breakdown.noEvidence')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {t('matching.breakdown.points', {
                  points: formatPoints(req.points, language),
                  max: formatPoints(req.maxPoints, language),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
