import { Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart with its heading. The drawing is hidden from assistive technology; a visually hidden
 * table carries the same numbers (screen readers, and tests, read those).
 */
export function ChartCard({
  id,
  title,
  description,
  table,
  note,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  table: ChartTable;
  note?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      h="100%"
      component="section"
      aria-labelledby={headingId}
      data-testid={id}
    >
      <Stack gap="xs">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <div aria-hidden="true">{children}</div>
        {note}
        <VisuallyHidden>
          <Table>
            <caption>{t('dashboard.charts.tableCaption', { title })}</caption>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r) => (
                <Table.Tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      <Table.Th key={i} scope="row">
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={i}>{cell}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      </Stack>
    </Card>
  );
}
