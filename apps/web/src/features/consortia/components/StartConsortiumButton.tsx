import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../../lib/auth/session';
import { useCreateConsortiumMutation } from '../api/consortia';
import { actionErrorText } from '../lib/errors';
import { can } from '../lib/permissions';

interface SuggestedTeam {
  members: { firmId: string; name?: string; role: string; isLead: boolean; onPlatform?: boolean }[];
}

/** Fallback when a suggested partner carries the reserved `lead` role. */
const PARTNER_ROLE = 'solution_provider';

/**
 * On a suggested team led by the signed-in admin's firm: create the consortium with every other
 * member invited in their suggested role, then open it. The project defaults to the one in the
 * URL (`/projects/:id`, where suggested teams are shown).
 */
export function StartConsortiumButton({ projectId, team }: { projectId?: string; team: SuggestedTeam }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const project = projectId ?? params.id;
  const user = useSession().user;
  const create = useCreateConsortiumMutation();
  const [error, setError] = useState<string | null>(null);
  const [emails, setEmails] = useState<Record<string, string>>({});
  const lead = team.members.find((m) => m.isLead);
  if (!project || !user?.firmId || !can(user, 'consortium:write-own') || lead?.firmId !== user.firmId)
    return null;

  const partners = team.members.filter((m) => !m.isLead && m.firmId !== user.firmId);
  // Firms not yet on the platform are invited by e-mail: the platform sends them a link to claim the profile.
  const unclaimed = partners.filter((m) => m.onPlatform === false);
  const missingEmail = unclaimed.some((m) => !emails[m.firmId]?.trim());

  const start = async () => {
    setError(null);
    try {
      const detail = await create.mutateAsync({
        projectId: project,
        members: partners.map((m) => ({
          firmId: m.firmId,
          role: m.role && m.role !== 'lead' ? m.role : PARTNER_ROLE,
          ...(m.onPlatform === false ? { contactEmail: emails[m.firmId]?.trim() } : {}),
        })),
      });
      void navigate(`/consortia/${detail.id}`);
    } catch (e) {
      setError(actionErrorText(e, t));
    }
  };

  return (
    <Stack gap={4} align="flex-start">
      {unclaimed.map((m) => (
        <TextInput
          key={m.firmId}
          type="email"
          size="xs"
          required
          label={t('consortia.start.contactEmail', { firm: m.name ?? m.firmId })}
          description={t('consortia.start.contactEmailHint')}
          value={emails[m.firmId] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setEmails((prev) => ({ ...prev, [m.firmId]: value }));
          }}
          data-testid="contact-email"
        />
      ))}
      <Button
        onClick={() => void start()}
        loading={create.isPending}
        disabled={missingEmail}
        data-testid="start-consortium"
      >
        {t('consortia.start.button')}
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
