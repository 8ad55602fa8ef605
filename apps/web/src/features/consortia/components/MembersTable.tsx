import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FirmLink } from '../../../components/FirmLink';
import { useNotify } from '../../../components/Notices';
import { isSmeSize } from '../../../lib/api/enums';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useChangeRoleMutation, useRemoveMemberMutation } from '../api/consortia';
import type { ConsortiumDetail, ConsortiumMember } from '../api/types';
import { actionErrorText } from '../lib/errors';
import { ExpiryText } from './ExpiryText';
import { RoleSelect } from './RoleSelect';
import { MemberStatusBadge } from './StatusBadge';

const LIVE = new Set(['invited', 'accepted']);

/** Every seat: firm, role (editable by the lead while the team is editable), status with expiry or decline reason, remove. */
export function MembersTable({ consortium }: { consortium: ConsortiumDetail }) {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  const notify = useNotify();
  const editable = consortium.viewer.canEditTeam;
  const changeRole = useChangeRoleMutation(consortium.id);
  const remove = useRemoveMemberMutation(consortium.id);
  const [removing, setRemoving] = useState<ConsortiumMember | null>(null);

  const onRole = async (member: ConsortiumMember, role: string) => {
    try {
      await changeRole.mutateAsync({ memberId: member.id, role });
      notify('success', t('consortia.members.roleChanged', { firm: member.firm.name, role: label(role) }));
    } catch (error) {
      notify('error', actionErrorText(error, t));
    }
  };
  const onRemove = async () => {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing.id);
      notify('success', t('consortia.members.removed', { firm: removing.firm.name }));
      setRemoving(null);
    } catch (error) {
      notify('error', actionErrorText(error, t));
    }
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('consortia.members.title')} data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consortia.members.firm')}</Table.Th>
              <Table.Th scope="col">{t('consortia.members.role')}</Table.Th>
              <Table.Th scope="col">{t('consortia.members.status')}</Table.Th>
              {editable && <Table.Th scope="col">{t('consortia.members.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consortium.members.map((m) => {
              const live = LIVE.has(m.status);
              return (
                <Table.Tr
                  key={m.id}
                  data-member-id={m.id}
                  data-firm-id={m.firm.id}
                  data-status={m.status}
                  style={live ? undefined : { opacity: 0.75 }}
                >
                  <Table.Td>
                    <Stack gap={4}>
                      <FirmLink firm={m.firm} />
                      <Badge
                        size="xs"
                        variant="light"
                        color={isSmeSize(m.firm.size) ? 'grape' : 'gray'}
                        tt="none"
                      >
                        {t(`enums.firmSize.${m.firm.size}`)}
                      </Badge>
                    </Stack>
                  </Table.Td>
                  <Table.Td miw={200}>
                    {m.isLead ? (
                      <Badge color="indigo" variant="filled" size="sm" tt="none">
                        {t('consortia.role.lead')}
                      </Badge>
                    ) : editable && live ? (
                      <RoleSelect
                        size="xs"
                        value={m.role}
                        ariaLabel={t('consortia.members.roleFor', { firm: m.firm.name })}
                        disabled={changeRole.isPending}
                        onChange={(role) => role !== m.role && void onRole(m, role)}
                      />
                    ) : (
                      <Text size="sm">{label(m.role)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <MemberStatusBadge status={m.status} />
                      {m.status === 'invited' && <ExpiryText expiresAt={m.expiresAt} />}
                      {m.status === 'declined' && m.declineReason && (
                        <Text size="xs" c="dimmed">
                          {t(`consortia.decline.reasons.${m.declineReason}`)}
                          {m.declineNote ? ` — ${m.declineNote}` : ''}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      {!m.isLead && live && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(m)}
                          aria-label={t('consortia.members.removeNamed', { firm: m.firm.name })}
                        >
                          {m.status === 'invited'
                            ? t('consortia.members.cancelInvite')
                            : t('consortia.members.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={!!removing}
        title={t('consortia.members.removeTitle')}
        message={t('consortia.members.removeMessage', { firm: removing?.firm.name ?? '' })}
        confirmLabel={t('consortia.members.remove')}
        pending={remove.isPending}
        onConfirm={() => void onRemove()}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
