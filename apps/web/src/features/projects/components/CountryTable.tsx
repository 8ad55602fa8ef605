import { Anchor, Badge, Group, Progress, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, type CountrySummary } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { sortCountries, type CountrySortKey, type SortDirection } from '../lib/countrySort';
import { SortableHeader } from './SortableHeader';

function Swatch({ color }: { color: string }) {
  return (
    <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: color }} />
  );
}

/** Countries with an inline bar per row (length ∝ project count; the darker part is the open projects). */
export function CountryTable({ countries }: { countries: CountrySummary[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const [sort, setSort] = useState<{ key: CountrySortKey; direction: SortDirection }>({
    key: 'projects',
    direction: 'desc',
  });
  const onSort = (key: CountrySortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );

  const rows = sortCountries(
    countries.map((c) => ({ ...c, name: countryName(c.code, language) })),
    sort.key,
    sort.direction,
    language,
  );
  const max = Math.max(1, ...countries.map((c) => c.projectCount));

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>
          <Group gap="lg">
            <span>{t('projects.countries.tableCaption')}</span>
            <Group gap={6} aria-hidden="true">
              <Swatch color="var(--mantine-color-green-filled)" />
              <span>{t('projects.countries.legendOpen')}</span>
              <Swatch color="var(--mantine-color-indigo-4)" />
              <span>{t('projects.countries.legendOther')}</span>
            </Group>
          </Group>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader
              column="name"
              label={t('projects.countries.name')}
              sort={sort}
              onSort={onSort}
              width="20%"
            />
            <SortableHeader
              column="projects"
              label={t('projects.countries.projects')}
              sort={sort}
              onSort={onSort}
              width="34%"
            />
            <SortableHeader
              column="open"
              label={t('projects.countries.open')}
              sort={sort}
              onSort={onSort}
              align="right"
              width="9%"
            />
            <Table.Th>{t('projects.countries.topSectors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.code} data-country={c.code}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/projects?country=${encodeURIComponent(c.code)}`}
                  fw={600}
                  size="sm"
                  aria-label={t('projects.countries.viewProjects', {
                    country: c.name,
                    count: c.projectCount,
                  })}
                >
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Progress.Root size="lg" style={{ flex: 1 }} aria-hidden="true" bg="transparent">
                    <Progress.Section value={(c.openCount / max) * 100} color="green" />
                    <Progress.Section value={((c.projectCount - c.openCount) / max) * 100} color="indigo.4" />
                  </Progress.Root>
                  <Text size="sm" fw={600} w={36} ta="right">
                    {c.projectCount}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c={c.openCount > 0 ? 'green.8' : 'dimmed'}>
                  {c.openCount}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.topSectors.map((s) => (
                    <Badge key={s} variant="light" color="gray" tt="none" size="sm">
                      {label(s)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
