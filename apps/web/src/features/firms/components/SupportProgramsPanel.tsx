import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { supportProgramsQueryOptions } from '../api/firms';
import type { SupportProgram } from '../api/types';
import { EmptyHint } from './EmptyHint';
import { LoadError } from './LoadError';

function ProgramItem({ program }: { program: SupportProgram }) {
  const { t, i18n } = useTranslation();
  const korean = currentLanguage(i18n) === 'ko' && !!program.nameKo;
  const { label } = useTaxonomy();
  return (
    <Card withBorder padding="sm" radius="md" component="li">
      <Stack gap={4}>
        <Text fw={600} size="sm" lang={korean ? 'ko' : 'en'}>
          {korean ? program.nameKo : program.name}
        </Text>
        <Group gap={6}>
          {program.agency && (
            <Badge size="xs" variant="light" tt="none">
              {program.agency}
            </Badge>
          )}
          {program.kind && (
            <Badge size="xs" variant="outline" tt="none">
              {program.kind}
            </Badge>
          )}
          <Text span size="xs" c="dimmed">
            {program.ladderStages.join(' · ')}
          </Text>
        </Group>
        {program.description && <Text size="xs">{program.description}</Text>}
        {program.eligibility && (
          <Text size="xs" c="dimmed">
            {t('firms.programs.eligibility', { text: program.eligibility })}
          </Text>
        )}
        {program.sectors.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('firms.programs.sectors', { list: program.sectors.map(label).join(', ') })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ProgramList({ title, programs }: { title: string; programs: SupportProgram[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h6">
        {title}
      </Title>
      {programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('firms.programs.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {programs.map((p) => (
            <ProgramItem key={p.id} program={p} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** "What helps you climb": support programs for the firm's stage and the next one. */
export function SupportProgramsPanel({
  firmId,
  setStage,
}: {
  firmId: string;
  /** Where the firm's admin sets the ladder stage (null for everyone else). */
  setStage?: { to: string; label: string } | null;
}) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const query = useQuery(supportProgramsQueryOptions(firmId));
  if (query.isPending) return <Skeleton h={160} radius="md" aria-label={t('common.loading')} />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { stage, nextStage, current, next } = query.data;
  if (!stage) return <EmptyHint text={t('firms.programs.noStage')} action={setStage} />;
  return (
    <Stack gap="md">
      <ProgramList
        title={t('firms.programs.current', { code: stage, name: label(stage) })}
        programs={current}
      />
      {nextStage ? (
        <ProgramList
          title={t('firms.programs.next', { code: nextStage, name: label(nextStage) })}
          programs={next}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('firms.programs.top')}
        </Text>
      )}
    </Stack>
  );
}
