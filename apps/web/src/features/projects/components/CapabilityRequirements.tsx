import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { CapabilityRequirement } from '../api/types';
import { CapabilityChip } from './CapabilityChip';

/** Groups requirements by capability domain (taxonomy first, else the code's prefix); must-haves and heavier first. */
export function groupByDomain(
  requirements: CapabilityRequirement[],
  domainOf: (code: string) => string,
): { domain: string; items: CapabilityRequirement[] }[] {
  const groups = new Map<string, CapabilityRequirement[]>();
  for (const r of requirements) {
    const domain = domainOf(r.code);
    groups.set(domain, [...(groups.get(domain) ?? []), r]);
  }
  const order = (r: CapabilityRequirement) => (r.mustHave ? 10 : 0) + r.weight;
  return [...groups.entries()]
    .map(([domain, items]) => ({ domain, items: [...items].sort((a, b) => order(b) - order(a)) }))
    .sort((a, b) => order(b.items[0]) - order(a.items[0]));
}

export function CapabilityRequirements({ capabilities }: { capabilities: CapabilityRequirement[] }) {
  const { t } = useTranslation();
  const { label, taxonomy } = useTaxonomy();
  if (capabilities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('projects.detail.noCapabilities')}
      </Text>
    );
  }
  const domainByCode = new Map(
    taxonomy?.domains.flatMap((d) => d.capabilities.map((c) => [c.code, d.code] as const)),
  );
  const groups = groupByDomain(capabilities, (code) => domainByCode.get(code) ?? code.split('.')[0]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('projects.detail.capabilitiesHint')}
      </Text>
      {groups.map(({ domain, items }) => (
        <Stack key={domain} gap={4} data-domain={domain}>
          <Text size="sm" fw={600} id={`domain-${domain}`}>
            {label(domain)}
          </Text>
          <Group
            component="ul"
            gap={6}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby={`domain-${domain}`}
          >
            {items.map((r) => (
              <CapabilityChip key={r.code} requirement={r} label={label(r.code)} />
            ))}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
