import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FirmLink } from '../../../components/FirmLink';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ScoreBar } from '../../../components/ScoreBar';
import { firmDisplayName, formatPoints, pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { partnerSuggestionsQueryOptions } from '../api/matching';
import type { PartnerSuggestion } from '../api/types';
import { ReasonList } from './ReasonList';

interface Props {
  leadFirmId: string;
  projectId: string;
  /** Firms that already hold a seat. */
  exclude: ReadonlySet<string>;
  /** "Invite" on a suggestion: the firm and the role it would add (never the lead's). */
  onInvite: (firm: PartnerSuggestion['firm'], role: string | undefined) => void;
}

/** Firms that fill the lead's gaps for a project: score, the requirements they fill, boosts, "Invite". */
export function PartnerSuggestions({ leadFirmId, projectId, exclude, onInvite }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  const query = useQuery(partnerSuggestionsQueryOptions(leadFirmId, projectId, 8));
  if (query.isPending) return <Skeleton h={160} radius="md" aria-label={t('common.loading')} />;
  if (query.isError) {
    return (
      <QueryErrorAlert
        title={t('matching.partners.failed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const items = query.data.items.filter((p) => !exclude.has(p.firm.id));
  if (query.data.note)
    return (
      <Text size="sm" c="dimmed">
        {pickText(query.data.note, language)}
      </Text>
    );
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('matching.partners.none')}
      </Text>
    );
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('matching.partners.label')}
      data-testid="partner-suggestions"
    >
      {items.map((p) => (
        <Card component="li" key={p.firm.id} withBorder padding="sm" radius="md" data-firm-id={p.firm.id}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <FirmLink firm={p.firm} />
              <Button
                size="xs"
                onClick={() =>
                  onInvite(
                    p.firm,
                    p.rolesAdded.find((r) => r !== 'lead'),
                  )
                }
                aria-label={t('matching.partners.inviteNamed', { firm: firmDisplayName(p.firm, language) })}
              >
                {t('matching.partners.invite')}
              </Button>
            </Group>
            <ScoreBar
              score={p.score}
              w={200}
              label={t('matching.partners.scoreAria', { score: formatPoints(p.score, language) })}
            />
            {p.fills.length > 0 && (
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {t('matching.partners.fills')}
                </Text>
                {p.fills.map((f) => (
                  <Badge
                    key={f.code}
                    size="xs"
                    variant={f.mustHave ? 'filled' : 'light'}
                    color={f.mustHave ? 'red' : 'teal'}
                    tt="none"
                  >
                    {label(f.code)}
                  </Badge>
                ))}
              </Group>
            )}
            {(p.boosts.length > 0 || p.rolesAdded.length > 0) && (
              <Group gap={4}>
                {p.boosts.map((b) => (
                  <Badge key={b} size="xs" variant="outline" color="grape" tt="none">
                    {t(`matching.partners.boosts.${b}`)}
                  </Badge>
                ))}
                {p.rolesAdded.map((r) => (
                  <Badge key={r} size="xs" variant="outline" color="indigo" tt="none">
                    {t('matching.partners.addsRole', { role: label(r) })}
                  </Badge>
                ))}
              </Group>
            )}
            {p.relations.length > 0 && (
              <Group gap={4}>
                <Badge size="xs" variant="light" color="teal" tt="none" data-testid="worked-with">
                  {t('matching.partners.workedWith')}
                </Badge>
              </Group>
            )}
            {p.reasons.length > 0 && (
              <Stack gap={2} aria-label={t('matching.partners.why')}>
                <ReasonList reasons={p.reasons} size="xs" />
              </Stack>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
