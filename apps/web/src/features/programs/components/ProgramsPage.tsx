import {
  Badge,
  Card,
  Container,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../../lib/auth/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { firmProgramsQueryOptions, programsQueryOptions, type SupportProgram } from '../api/programs';

function ProgramCard({ program }: { program: SupportProgram }) {
  const { t } = useTranslation();
  const { label, language } = useTaxonomy();
  const name = language === 'ko' && program.nameKo ? program.nameKo : program.name;
  return (
    <Card withBorder padding="md" component="article" aria-label={name}>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {name}
        </Title>
        {program.agency && (
          <Text size="sm" c="dimmed">
            {program.agency}
          </Text>
        )}
        <Group gap={4}>
          {program.ladderStages.map((s) => (
            <Badge key={s} size="sm" variant="light" title={label(s)}>
              {s}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          {t('programs.sectors')}:{' '}
          {program.sectors.length ? program.sectors.map((s) => label(s)).join(', ') : t('programs.anySector')}
        </Text>
        {program.description && (
          <Text size="sm" lang="en">
            {program.description}
          </Text>
        )}
        {program.eligibility && (
          <Text size="sm" lang="en">
            <strong>{t('programs.eligibility')}:</strong> {program.eligibility}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ProgramGrid({ programs }: { programs: SupportProgram[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {programs.map((p) => (
        <ProgramCard key={p.id} program={p} />
      ))}
    </SimpleGrid>
  );
}

/** "What helps you climb": the signed-in firm's stage, its next stage and the programs for both. */
function ClimbSection({ firmId }: { firmId: string }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const query = useQuery(firmProgramsQueryOptions(firmId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="climb-heading">
      <Title order={2} size="h3" id="climb-heading">
        {t('programs.climb.title')}
      </Title>
      {query.isPending ? (
        <Skeleton h={120} role="status" aria-label={t('common.loading')} />
      ) : query.isError ? (
        <QueryErrorAlert
          title={t('programs.failed')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : !query.data.stage ? (
        <Text size="sm">{t('programs.climb.noStage')}</Text>
      ) : (
        <>
          <Text size="sm">
            {t('programs.climb.stage', { stage: `${query.data.stage} ${label(query.data.stage)}` })}
            {query.data.nextStage &&
              ` ${t('programs.climb.next', { stage: `${query.data.nextStage} ${label(query.data.nextStage)}` })}`}
          </Text>
          <Title order={3} size="h4">
            {t('programs.climb.nextPrograms')}
          </Title>
          {query.data.next.length ? (
            <ProgramGrid programs={query.data.next} />
          ) : (
            <Text size="sm">{t('programs.none')}</Text>
          )}
          <Title order={3} size="h4">
            {t('programs.climb.currentPrograms')}
          </Title>
          {query.data.current.length ? (
            <ProgramGrid programs={query.data.current} />
          ) : (
            <Text size="sm">{t('programs.none')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** `/programs`: the support-program directory (stage and sector filters in the URL) and, for a firm, what helps it climb. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const firmId = session.status === 'authenticated' ? session.user.firmId : null;
  const { taxonomy, label } = useTaxonomy();
  const [params, setParams] = useSearchParams();
  const filters = { ladderStage: params.get('ladderStage'), sector: params.get('sector') };
  const query = useQuery(programsQueryOptions(filters));
  const set = (key: 'ladderStage' | 'sector', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('programs.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('programs.subtitle')}
          </Text>
        </div>
        {firmId && <ClimbSection firmId={firmId} />}
        <Stack gap="sm" component="section" aria-labelledby="directory-heading">
          <Title order={2} size="h3" id="directory-heading">
            {t('programs.directory')}
          </Title>
          <Group align="flex-end">
            <Select
              label={t('programs.stage')}
              placeholder={t('programs.allStages')}
              clearable
              value={filters.ladderStage}
              onChange={(v) => set('ladderStage', v)}
              data={(taxonomy?.ladderStages ?? []).map((s) => ({
                value: s.code,
                label: `${s.code} ${label(s.code)}`,
              }))}
            />
            <Select
              label={t('programs.sector')}
              placeholder={t('programs.allSectors')}
              clearable
              value={filters.sector}
              onChange={(v) => set('sector', v)}
              data={(taxonomy?.domains ?? []).map((d) => ({ value: d.code, label: label(d.code) }))}
            />
          </Group>
          {query.isPending ? (
            <Skeleton h={200} role="status" aria-label={t('common.loading')} />
          ) : query.isError ? (
            <QueryErrorAlert
              title={t('programs.failed')}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          ) : query.data.length === 0 ? (
            <Text>{t('programs.none')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed" role="status">
                {t('programs.count', { count: query.data.length })}
              </Text>
              <ProgramGrid programs={query.data} />
            </>
          )}
        </Stack>
      </Stack>
    </Container>
  );
}
