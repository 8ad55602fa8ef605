import { Button, Chip, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../api/types';
import type { Facet } from '../lib/filters';

const COLLAPSED = 8;
// Long program names wrap inside the chip instead of overflowing the sidebar.
const CHIP_STYLES = {
  root: { maxWidth: '100%' },
  label: {
    height: 'auto',
    minHeight: 'var(--chip-size)',
    whiteSpace: 'normal',
    lineHeight: 1.3,
    paddingBlock: 3,
  },
} as const;

interface FacetGroupProps {
  facet: Facet;
  counts: FacetCount[];
  selected: string[];
  labelOf: (code: string) => string;
  onToggle: (code: string) => void;
}

/**
 * One facet as a group of toggle chips (native checkboxes: Tab to reach, Space to toggle),
 * each with its count. Selected values stay visible even when they match nothing now.
 */
export function FacetGroup({ facet, counts, selected, labelOf, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const known = new Set(counts.map((c) => c.code));
  const entries = [
    ...counts,
    ...selected.filter((code) => !known.has(code)).map((code) => ({ code, count: 0 })),
  ];
  if (entries.length === 0) return null;

  const visible = expanded ? entries : entries.filter((e, i) => i < COLLAPSED || selected.includes(e.code));
  const legendId = `facet-${facet}-legend`;

  return (
    <Stack
      component="fieldset"
      gap={6}
      m={0}
      p={0}
      style={{ border: 0 }}
      aria-labelledby={legendId}
      data-facet={facet}
    >
      <Text component="legend" id={legendId} fw={600} size="sm" p={0} mb={6}>
        {t(`projects.filters.${facet}`)}
      </Text>
      <Group gap={6}>
        {visible.map(({ code, count }) => {
          const label = labelOf(code);
          return (
            <Chip
              key={code}
              size="xs"
              variant="outline"
              checked={selected.includes(code)}
              onChange={() => onToggle(code)}
              value={code}
              aria-label={t('projects.filters.chipLabel', { label, count })}
              data-code={code}
              title={label}
              styles={CHIP_STYLES}
            >
              {label}{' '}
              <Text span size="xs" c="dimmed" aria-hidden>
                {count}
              </Text>
            </Chip>
          );
        })}
      </Group>
      {entries.length > COLLAPSED && (
        <Button
          variant="subtle"
          size="compact-xs"
          w="fit-content"
          onClick={() => setExpanded((v) => !v)}
          aria-expanded={expanded}
        >
          {expanded
            ? t('projects.filters.showLess')
            : t('projects.filters.showMore', { count: entries.length })}
        </Button>
      )}
    </Stack>
  );
}
