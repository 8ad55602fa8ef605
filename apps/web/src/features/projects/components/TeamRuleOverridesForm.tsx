import { Alert, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/auth/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUpdateTeamRulesMutation } from '../api/projects';
import type { ProjectDetail, TeamRuleOverrides } from '../api/types';

type Tri = 'default' | 'yes' | 'no';
const toTri = (v: boolean | null): Tri => (v === null ? 'default' : v ? 'yes' : 'no');
const fromTri = (v: Tri): boolean | null => (v === 'default' ? null : v === 'yes');

/**
 * Staff only: override the rules the financing implies for this project (Korean lead, Korean
 * majority, roles of firms based abroad). "As the financing implies" stores null.
 */
export function TeamRuleOverridesForm({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const { taxonomy, label } = useTaxonomy();
  const rules = project.requirements.teamRules;
  const [koreanLead, setKoreanLead] = useState<Tri>(toTri(rules.koreanLead));
  const [koreanMajority, setKoreanMajority] = useState<Tri>(toTri(rules.koreanMajority));
  const [foreignMode, setForeignMode] = useState<'default' | 'custom'>(
    rules.foreignRolesAllowed === null ? 'default' : 'custom',
  );
  const [foreignRoles, setForeignRoles] = useState<string[]>(rules.foreignRolesAllowed ?? []);
  const mutation = useUpdateTeamRulesMutation(project.id);
  const user = session.user;
  if (!user || !(user.permissions as readonly string[]).includes('project:write')) return null;

  const triOptions = [
    { value: 'default', label: t('projects.overrides.asFinancing') },
    { value: 'yes', label: t('projects.overrides.required') },
    { value: 'no', label: t('projects.overrides.notRequired') },
  ];
  const roleOptions = (taxonomy?.roles ?? []).map((r) => ({ value: r.code, label: label(r.code) }));
  const save = () => {
    const teamRules: TeamRuleOverrides & typeof rules = {
      ...rules,
      koreanLead: fromTri(koreanLead),
      koreanMajority: fromTri(koreanMajority),
      foreignRolesAllowed: foreignMode === 'default' ? null : foreignRoles,
    };
    mutation.mutate({ version: project.version, teamRules });
  };
  return (
    <Stack gap="xs" data-testid="team-rule-overrides">
      <Text size="sm" fw={600}>
        {t('projects.overrides.title')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('projects.overrides.koreanLead')}
          data={triOptions}
          value={koreanLead}
          allowDeselect={false}
          onChange={(v) => setKoreanLead((v as Tri) ?? 'default')}
          w={220}
        />
        <Select
          label={t('projects.overrides.koreanMajority')}
          data={triOptions}
          value={koreanMajority}
          allowDeselect={false}
          onChange={(v) => setKoreanMajority((v as Tri) ?? 'default')}
          w={220}
        />
        <Select
          label={t('projects.overrides.foreignRoles')}
          data={[
            { value: 'default', label: t('projects.overrides.asFinancing') },
            { value: 'custom', label: t('projects.overrides.onlyThese') },
          ]}
          value={foreignMode}
          allowDeselect={false}
          onChange={(v) => setForeignMode(v === 'custom' ? 'custom' : 'default')}
          w={220}
        />
      </Group>
      {foreignMode === 'custom' && (
        <MultiSelect
          label={t('projects.overrides.foreignRolesList')}
          description={t('projects.overrides.foreignRolesHint')}
          data={roleOptions}
          value={foreignRoles}
          onChange={setForeignRoles}
          searchable
          clearable
        />
      )}
      {mutation.isError && (
        <Alert color="red" variant="light" role="alert">
          {mutation.error instanceof ApiError && mutation.error.status === 409
            ? t('projects.overrides.conflict')
            : t('projects.overrides.failed')}
        </Alert>
      )}
      <Group>
        <Button size="xs" onClick={save} loading={mutation.isPending}>
          {t('projects.overrides.save')}
        </Button>
        {mutation.isSuccess && (
          <Text size="xs" c="teal" role="status">
            {t('projects.overrides.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
