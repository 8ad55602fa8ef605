import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MustHaveIcon } from '../../../components/MustHaveIcon';
import { CrossIcon } from '../../../components/icons';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { TeamReport } from '../api/types';
import { formatStrength, leadFirstOrder, strengthShade } from '../lib/score';

/**
 * Requirements (rows) × members (columns). Each cell is shaded by the member's strength and
 * prints the number; rows nobody covers are red with the word "Gap"; must-haves carry a star and the word.
 */
export function CoverageMatrix({ team }: { team: Pick<TeamReport, 'members' | 'coverage' | 'gaps'> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const gaps = new Set(team.gaps);
  const id = useId();
  const order = leadFirstOrder(team.members);
  const members = order.map((i) => team.members[i]);
  return (
    <Stack gap={4} data-testid="coverage-matrix">
      <Text fw={600} size="sm" id={`${id}-title`}>
        {t('matching.matrix.title')}
      </Text>
      <Text size="xs" c="dimmed" id={`${id}-caption`}>
        {t('matching.matrix.caption')}
      </Text>
      <Table.ScrollContainer minWidth={160 + team.members.length * 110}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={6}
          fz="sm"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-caption`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matching.matrix.requirement')}</Table.Th>
              {members.map((member) => (
                <Table.Th
                  key={member.firmId}
                  scope="col"
                  ta="center"
                  style={{ minWidth: 100, verticalAlign: 'bottom' }}
                >
                  <Text size="xs" fw={600} lineClamp={2} title={firmDisplayName(member, language)}>
                    {firmDisplayName(member, language)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {member.isLead ? t('matching.consortia.lead') : label(member.role)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.coverage.map((row) => {
              const gap = gaps.has(row.code) || row.coveredBy === null;
              return (
                <Table.Tr
                  key={row.code}
                  data-code={row.code}
                  data-gap={gap}
                  data-must-have={row.mustHave}
                  bg={gap ? 'var(--mantine-color-red-0)' : undefined}
                >
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6} wrap="wrap">
                      <span>{label(row.code)}</span>
                      {row.mustHave && (
                        <Group gap={2} wrap="nowrap" c="red">
                          <MustHaveIcon />
                          <Text span size="xs" fw={700}>
                            {t('matching.breakdown.mustHave')}
                          </Text>
                        </Group>
                      )}
                      {gap && (
                        <Badge
                          color="red"
                          variant="filled"
                          size="sm"
                          leftSection={<CrossIcon size={10} />}
                          data-testid="gap-badge"
                          title={t('matching.matrix.gapAria')}
                        >
                          {t('matching.matrix.gap')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  {order.map((index) => {
                    const value = row.cells[index] ?? 0;
                    const member = team.members[index];
                    const shade = strengthShade(value);
                    const best = !gap && member?.firmId === row.coveredBy;
                    return (
                      <Table.Td
                        key={member?.firmId ?? index}
                        ta="center"
                        data-strength={value}
                        data-best={best || undefined}
                        style={{
                          background: gap ? undefined : shade.background,
                          color: gap
                            ? 'var(--mantine-color-red-9)'
                            : (shade.color ?? 'var(--mantine-color-dimmed)'),
                          fontWeight: best ? 700 : 400,
                          fontVariantNumeric: 'tabular-nums',
                        }}
                      >
                        {formatStrength(value, language)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('matching.matrix.legend')}
      </Text>
    </Stack>
  );
}
