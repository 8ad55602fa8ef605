import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FirmLink } from '../../../components/FirmLink';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { countryName } from '../../../lib/countries';
import { firmDisplayName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { firmSearchQueryOptions } from '../api/search';
import type { InviteTarget } from './InviteModal';

/** Find any firm in the directory by name and invite it. */
export function DirectorySearch({
  exclude,
  onInvite,
}: {
  exclude: Set<string>;
  onInvite: (target: InviteTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 300);
  const query = useQuery(firmSearchQueryOptions(q));
  const items = (query.data?.items ?? []).filter(
    (f) => !exclude.has(f.id) && f.verificationStatus === 'verified',
  );
  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t('consortia.add.searchLabel')}
        description={t('consortia.add.searchHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        rightSection={query.isFetching ? <Loader size="xs" /> : null}
      />
      {query.isError && (
        <QueryErrorAlert
          title={t('consortia.add.searchFailed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {q.trim().length >= 2 && query.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('consortia.add.noResults')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack
          component="ul"
          gap={6}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('consortia.add.resultsLabel')}
          data-testid="directory-results"
        >
          {items.map((f) => (
            <Group component="li" key={f.id} justify="space-between" wrap="nowrap" data-firm-id={f.id}>
              <Stack gap={0}>
                <FirmLink firm={f} />
                <Text size="xs" c="dimmed">
                  {t(`enums.firmSize.${f.size}`)} · {countryName(f.homeCountry, language)}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="light"
                onClick={() => onInvite({ firm: f })}
                aria-label={t('consortia.add.inviteNamed', { firm: firmDisplayName(f, language) })}
              >
                {t('consortia.add.invite')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
