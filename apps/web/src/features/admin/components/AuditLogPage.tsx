import { Anchor, Badge, Container, Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ADMIN_PAGE_SIZE, auditQueryOptions, type AuditEntry, type AuditKind } from '../api/admin';

const KINDS: readonly AuditKind[] = [
  'staff_created',
  'role_changed',
  'user_deactivated',
  'user_reactivated',
  'sessions_revoked',
  'consortium_decision',
  'firm_verification',
];

function Detail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const d = entry.data as Record<string, string | undefined>;
  if (entry.kind === 'role_changed' && d.from && d.to)
    return (
      <>
        {t('admin.audit.roleChange', {
          from: t(`admin.roles.${d.from as 'staff'}`),
          to: t(`admin.roles.${d.to as 'staff'}`),
        })}
      </>
    );
  if (entry.kind === 'staff_created' && d.role) return <>{t(`admin.roles.${d.role as 'staff'}`)}</>;
  if (entry.kind === 'consortium_decision')
    return (
      <>
        {[
          d.decision && t(`admin.audit.decisions.${d.decision as 'approved'}`, { defaultValue: d.decision }),
          d.reason,
        ]
          .filter(Boolean)
          .join(' — ')}
      </>
    );
  if (entry.kind === 'firm_verification')
    return (
      <>
        {[
          d.status && t(`admin.audit.verification.${d.status as 'verified'}`, { defaultValue: d.status }),
          d.reason,
        ]
          .filter(Boolean)
          .join(' — ')}
      </>
    );
  return null;
}

/** `/admin/audit`: who decided what (admin actions on accounts, staff decisions), newest first. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const kindParam = params.get('kind');
  const kind = KINDS.includes(kindParam as AuditKind) ? (kindParam as AuditKind) : null;
  const query = useQuery(auditQueryOptions({ page, kind }));
  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('admin.audit.title')}
          </Title>
          <Anchor component={Link} to="/admin/users">
            {t('admin.users.title')}
          </Anchor>
        </Group>
        <Select
          label={t('admin.audit.kind')}
          clearable
          placeholder={t('admin.audit.allKinds')}
          value={kind}
          data={KINDS.map((k) => ({ value: k, label: t(`admin.audit.kinds.${k}`) }))}
          onChange={(v) => setParams(v ? { kind: v } : {})}
          maw={320}
        />
        {query.isPending ? (
          <Skeleton h={240} role="status" aria-label={t('common.loading')} />
        ) : query.isError ? (
          <QueryErrorAlert
            title={t('admin.audit.failed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.data.items.length === 0 ? (
          <Text c="dimmed">{t('admin.audit.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.audit.when')}</Table.Th>
                    <Table.Th>{t('admin.audit.kind')}</Table.Th>
                    <Table.Th>{t('admin.audit.actor')}</Table.Th>
                    <Table.Th>{t('admin.audit.subject')}</Table.Th>
                    <Table.Th>{t('admin.audit.detail')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((e) => (
                    <Table.Tr key={`${e.kind}-${e.id}-${e.createdAt}`}>
                      <Table.Td>{formatDate(e.createdAt, language)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light">{t(`admin.audit.kinds.${e.kind}`)}</Badge>
                      </Table.Td>
                      <Table.Td>{e.actorName ?? t('admin.audit.unknownActor')}</Table.Td>
                      <Table.Td>
                        {e.link ? (
                          <Anchor component={Link} to={e.link}>
                            {e.subject}
                          </Anchor>
                        ) : (
                          e.subject
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <Detail entry={e} />
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              total={query.data.total}
              limit={ADMIN_PAGE_SIZE}
              page={page}
              onChange={(p) => {
                const next = new URLSearchParams(params);
                next.set('page', String(p));
                setParams(next);
              }}
            />
          </>
        )}
      </Stack>
    </Container>
  );
}
