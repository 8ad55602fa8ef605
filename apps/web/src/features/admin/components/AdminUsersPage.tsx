import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ListPagination } from '../../../components/ListPagination';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api/errors';
import { applyServerErrors, fieldErrorText, type ValidationKey } from '../../../lib/forms';
import {
  ADMIN_PAGE_SIZE,
  adminUsersQueryOptions,
  useChangeRoleMutation,
  useCreateStaffMutation,
  useUserActionMutation,
  type AdminUser,
} from '../api/admin';

const ROLES = ['firm_member', 'firm_admin', 'staff', 'admin'] as const;
const FIRM_ROLES: readonly string[] = ['firm_member', 'firm_admin'];
type Action = 'deactivate' | 'reactivate' | 'revoke-sessions';

/** `/admin/users`: every account, paged; create staff, change roles, deactivate, end sessions. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = (ROLES as readonly string[]).includes(roleParam ?? '')
    ? (roleParam as AdminUser['role'])
    : null;
  const query = useQuery(adminUsersQueryOptions({ page, q, role }));
  const changeRole = useChangeRoleMutation();
  const action = useUserActionMutation();
  const [pending, setPending] = useState<{ user: AdminUser; action: Action } | null>(null);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [search, setSearch] = useState(q);

  const set = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next))
      if (v) p.set(k, v);
      else p.delete(k);
    if (!('page' in next)) p.delete('page');
    setParams(p);
  };
  const fail = (error: unknown) =>
    setActionError(
      error instanceof ApiError ? (error.details[0]?.message ?? error.message) : t('errors.network'),
    );

  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('admin.users.title')}
          </Title>
          <Group>
            <Anchor component={Link} to="/admin/audit">
              {t('admin.audit.title')}
            </Anchor>
            <Button onClick={() => setCreating(true)}>{t('admin.users.create')}</Button>
          </Group>
        </Group>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            set({ q: search.trim() || null });
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('admin.users.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <Select
              label={t('admin.users.role')}
              clearable
              value={role}
              placeholder={t('admin.users.allRoles')}
              data={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
              onChange={(v) => set({ role: v })}
            />
            <Button type="submit" variant="light">
              {t('admin.users.searchSubmit')}
            </Button>
          </Group>
        </form>
        {actionError && (
          <Alert
            color="red"
            role="alert"
            withCloseButton
            onClose={() => setActionError(null)}
            closeButtonLabel={t('common.close')}
          >
            {actionError}
          </Alert>
        )}
        {query.isPending ? (
          <Skeleton h={240} role="status" aria-label={t('common.loading')} />
        ) : query.isError ? (
          <QueryErrorAlert
            title={t('admin.users.failed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.data.items.length === 0 ? (
          <Text c="dimmed">{t('admin.users.empty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {t('admin.users.total', { count: query.data.total })}
            </Text>
            <Table.ScrollContainer minWidth={860}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.users.name')}</Table.Th>
                    <Table.Th>{t('admin.users.firm')}</Table.Th>
                    <Table.Th>{t('admin.users.role')}</Table.Th>
                    <Table.Th>{t('admin.users.state')}</Table.Th>
                    <Table.Th>{t('admin.users.sessions')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('admin.users.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((u) => {
                    const roles = FIRM_ROLES.includes(u.role)
                      ? ['firm_member', 'firm_admin']
                      : ['staff', 'admin'];
                    return (
                      <Table.Tr key={u.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {u.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {u.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {u.firmId ? (
                            <Anchor component={Link} to={`/firms/${u.firmId}`} size="sm">
                              {u.firmName}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('admin.users.noFirm')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Select
                            size="xs"
                            aria-label={t('admin.users.roleOf', { name: u.name })}
                            allowDeselect={false}
                            value={u.role}
                            data={roles.map((r) => ({
                              value: r,
                              label: t(`admin.roles.${r as AdminUser['role']}`),
                            }))}
                            onChange={(v) =>
                              v &&
                              v !== u.role &&
                              changeRole.mutate({ id: u.id, role: v as AdminUser['role'] }, { onError: fail })
                            }
                          />
                        </Table.Td>
                        <Table.Td>
                          {u.deactivatedAt ? (
                            <Badge color="red" variant="light">
                              {t('admin.users.deactivated')}
                            </Badge>
                          ) : !u.hasPassword ? (
                            <Badge color="yellow" variant="light">
                              {t('admin.users.invited')}
                            </Badge>
                          ) : (
                            <Badge color="green" variant="light">
                              {t('admin.users.active')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{u.activeSessions}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" justify="flex-end" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="subtle"
                              disabled={u.activeSessions === 0}
                              onClick={() => setPending({ user: u, action: 'revoke-sessions' })}
                              aria-label={t('admin.users.revokeOf', { name: u.name })}
                            >
                              {t('admin.users.revoke')}
                            </Button>
                            {u.deactivatedAt ? (
                              <Button
                                size="xs"
                                variant="subtle"
                                onClick={() => setPending({ user: u, action: 'reactivate' })}
                                aria-label={t('admin.users.reactivateOf', { name: u.name })}
                              >
                                {t('admin.users.reactivate')}
                              </Button>
                            ) : (
                              <Button
                                size="xs"
                                color="red"
                                variant="subtle"
                                onClick={() => setPending({ user: u, action: 'deactivate' })}
                                aria-label={t('admin.users.deactivateOf', { name: u.name })}
                              >
                                {t('admin.users.deactivate')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              total={query.data.total}
              limit={ADMIN_PAGE_SIZE}
              page={page}
              onChange={(p) => set({ page: String(p) })}
            />
          </>
        )}
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={pending ? t(`admin.confirm.${pending.action}.title`) : ''}
        message={pending ? t(`admin.confirm.${pending.action}.message`, { name: pending.user.name }) : ''}
        confirmLabel={pending ? t(`admin.confirm.${pending.action}.confirm`) : ''}
        pending={action.isPending}
        onConfirm={() =>
          pending &&
          action.mutate(
            { id: pending.user.id, action: pending.action },
            {
              onSuccess: () => setPending(null),
              onError: (e) => {
                setPending(null);
                fail(e);
              },
            },
          )
        }
        onClose={() => setPending(null)}
      />
      <CreateStaffModal opened={creating} onClose={() => setCreating(false)} />
    </Container>
  );
}

const msg = (key: ValidationKey) => ({ error: key });
const staffSchema = z.object({
  name: z.string().trim().min(1, msg('nameRequired')).max(100, msg('tooLong')),
  email: z
    .string()
    .trim()
    .pipe(z.email(msg('emailInvalid'))),
  role: z.enum(['staff', 'admin']),
});
type StaffValues = z.infer<typeof staffSchema>;

function CreateStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const mutation = useCreateStaffMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<StaffValues>({
    resolver: zodResolver(staffSchema),
    defaultValues: { name: '', email: '', role: 'staff' },
  });
  const close = () => {
    reset();
    setLink(null);
    setFormError(null);
    mutation.reset();
    onClose();
  };
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await mutation.mutateAsync(values);
      setLink(created.setPasswordUrl);
    } catch (error) {
      setFormError(applyServerErrors<StaffValues>(error, ['name', 'email', 'role'], setError, t));
    }
  });
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('admin.users.create')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {link ? (
        <Stack>
          <Alert color="green" role="status">
            {t('admin.users.created')}
          </Alert>
          <TextInput label={t('admin.users.setPasswordLink')} value={link} readOnly />
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('admin.users.create')}>
          <Stack gap="sm">
            {formError && (
              <Alert color="red" role="alert" title={t('errors.formTitle')}>
                {formError}
              </Alert>
            )}
            <TextInput
              label={t('admin.users.name')}
              error={fieldErrorText(t, errors.name)}
              {...register('name')}
            />
            <TextInput
              label={t('admin.users.email')}
              type="email"
              error={fieldErrorText(t, errors.email)}
              {...register('email')}
            />
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <Select
                  label={t('admin.users.role')}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? 'staff')}
                  data={(['staff', 'admin'] as const).map((r) => ({
                    value: r,
                    label: t(`admin.roles.${r}`),
                  }))}
                />
              )}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('admin.users.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
