import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { FirmProfile } from '../api/types';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** Key facts as a description list; missing values say so. */
export function ProfileFacts({ firm }: { firm: FirmProfile }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const none = (
    <Text span size="sm" c="dimmed">
      {t('common.notProvided')}
    </Text>
  );
  const list = (values: string[]) => (values.length ? values.join(', ') : none);
  return (
    <Stack gap="md">
      {firm.description && <Text style={{ whiteSpace: 'pre-line' }}>{firm.description}</Text>}
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <Fact label={t('firms.fields.homeCountry')}>{countryName(firm.homeCountry, language)}</Fact>
        <Fact label={t('firms.fields.website')}>
          {firm.website ? (
            <Anchor href={firm.website} target="_blank" rel="noopener noreferrer" size="sm">
              {firm.website.replace(/^https?:\/\//, '')}
            </Anchor>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('firms.fields.employeesBand')}>
          {firm.employeesBand ? t('firms.employees', { band: firm.employeesBand }) : none}
        </Fact>
        <Fact label={t('firms.fields.foundedYear')}>{firm.foundedYear ?? none}</Fact>
        <Fact label={t('firms.fields.targetCountries')}>
          {list(firm.targetCountries.map((c) => countryName(c, language)))}
        </Fact>
        <Fact label={t('firms.fields.roles')}>{list(firm.roles.map(label))}</Fact>
        {firm.corporateGroup && <Fact label={t('firms.fields.corporateGroup')}>{firm.corporateGroup}</Fact>}
      </SimpleGrid>
      {firm.sourceNote && (
        <Text size="xs" c="dimmed">
          {t('firms.profile.source', { note: firm.sourceNote })}
        </Text>
      )}
    </Stack>
  );
}
