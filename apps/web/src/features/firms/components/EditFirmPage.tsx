import { Alert, Anchor, Container, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NoticeProvider } from '../../../components/Notices';
import { useSession } from '../../../lib/auth/session';
import { firmQueryOptions } from '../api/firms';
import { canEditFirm } from '../lib/permissions';
import { CapabilityPicker } from './CapabilityPicker';
import { useFirmNames } from './FirmName';
import { LoadError } from './LoadError';
import { ProfileForm } from './ProfileForm';
import { SolutionsEditor } from './SolutionsEditor';
import { TrackRecordsEditor } from './TrackRecordsEditor';

const TABS = ['profile', 'capabilities', 'solutions', 'trackRecords'] as const;
type Tab = (typeof TABS)[number];

function EditTitle({ firm }: { firm: { id: string; name: string; nameKo: string | null } }) {
  const { t } = useTranslation();
  const names = useFirmNames(firm);
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} size="h2">
          {t('firms.edit.title')}
        </Title>
        <Text c="dimmed" lang={names.primaryLang}>
          {names.primary}
        </Text>
      </div>
      <Anchor component={Link} to={`/firms/${firm.id}`}>
        {t('firms.edit.viewProfile')}
      </Anchor>
    </Group>
  );
}

export function EditFirmPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'profile';
  const allowed = canEditFirm(session.user, id);
  const query = useQuery({ ...firmQueryOptions(id), enabled: allowed });
  const firm = query.data;

  if (!allowed) {
    return (
      <Container size="lg" py="md">
        <Alert color="yellow" variant="light" title={t('firms.edit.forbiddenTitle')} role="alert">
          {t('firms.edit.forbidden')}{' '}
          <Anchor component={Link} to={`/firms/${id}`}>
            {t('firms.edit.viewProfile')}
          </Anchor>
        </Alert>
      </Container>
    );
  }

  return (
    <NoticeProvider>
      <Container size="lg" py="md">
        <Stack gap="lg">
          {query.isPending && <Skeleton h={400} radius="md" aria-label={t('common.loading')} />}
          {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
          {firm && (
            <>
              <EditTitle firm={firm} />
              <Tabs
                value={tab}
                onChange={(value) =>
                  setParams(value && value !== 'profile' ? { tab: value } : {}, { replace: true })
                }
              >
                <Tabs.List>
                  {TABS.map((key) => (
                    <Tabs.Tab key={key} value={key}>
                      {t(`firms.edit.tabs.${key}`)}
                      {key === 'capabilities' && ` (${firm.capabilities.length})`}
                      {key === 'solutions' && ` (${firm.solutions.length})`}
                      {key === 'trackRecords' && ` (${firm.trackRecords.length})`}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="profile" pt="md">
                  <ProfileForm firm={firm} />
                </Tabs.Panel>
                <Tabs.Panel value="capabilities" pt="md">
                  <CapabilityPicker firmId={firm.id} capabilities={firm.capabilities} />
                </Tabs.Panel>
                <Tabs.Panel value="solutions" pt="md">
                  <SolutionsEditor firmId={firm.id} solutions={firm.solutions} />
                </Tabs.Panel>
                <Tabs.Panel value="trackRecords" pt="md">
                  <TrackRecordsEditor firmId={firm.id} records={firm.trackRecords} />
                </Tabs.Panel>
              </Tabs>
            </>
          )}
        </Stack>
      </Container>
    </NoticeProvider>
  );
}
