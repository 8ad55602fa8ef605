import { Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmCapability } from '../api/types';
import { LevelDots } from './LevelDots';

/** The firm's capabilities grouped under their taxonomy domains, each with its level. */
export function CapabilitiesByDomain({ capabilities }: { capabilities: FirmCapability[] }) {
  const { t } = useTranslation();
  const { taxonomy, label } = useTaxonomy();
  const byCode = new Map(capabilities.map((c) => [c.code, c]));
  const known = new Set<string>();
  const groups = (taxonomy?.domains ?? [])
    .map((domain) => {
      const items = domain.capabilities.filter((c) => byCode.has(c.code)).map((c) => byCode.get(c.code)!);
      items.forEach((c) => known.add(c.code));
      return { code: domain.code, items };
    })
    .filter((g) => g.items.length > 0);
  const other = capabilities.filter((c) => !known.has(c.code));
  if (other.length) groups.push({ code: 'other', items: other });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
      {groups.map((group) => (
        <Stack key={group.code} gap={6}>
          <Title order={3} size="h6">
            {group.code === 'other' ? t('firms.profile.otherCapabilities') : label(group.code)}
          </Title>
          <List spacing={4} size="sm" listStyleType="none" p={0}>
            {group.items.map((c) => (
              <List.Item key={c.code}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">{label(c.code)}</Text>
                  <LevelDots level={c.level} />
                </Group>
                {c.note && (
                  <Text size="xs" c="dimmed">
                    {c.note}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
