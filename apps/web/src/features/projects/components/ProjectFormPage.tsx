import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/auth/session';
import { countryName, countryOptions } from '../../../lib/countries';
import { applyServerErrors } from '../../../lib/forms';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { projectQueryOptions, useCreateProjectMutation, useUpdateProjectMutation } from '../api/projects';
import type { ProjectDetail } from '../api/types';
import {
  emptyProjectInput,
  PROJECT_STATUS_VALUES,
  projectSchema,
  toFormPath,
  toProjectInput,
  toProjectRequest,
  type EditorValidationKey,
  type ProjectFormInput,
  type ProjectFormValues,
} from '../editor/projectSchema';

const TOP_FIELDS = [
  'title',
  'titleKo',
  'countryCode',
  'city',
  'program',
  'track',
  'sectors',
  'description',
  'budgetAmount',
  'budgetCurrency',
  'budgetText',
  'financing',
  'client',
  'procurement',
  'period',
  'status',
  'submissionDeadline',
  'sourceNote',
  'requirements.roles',
  'requirements.teamRules.minSmeMembers',
  'requirements.teamRules.maxMembers',
] as const satisfies readonly FieldPath<ProjectFormInput>[];

/** Server names for the budget fields → the form's flat ones. */
const SERVER_ALIASES: Record<string, string> = {
  'budget.amount': 'budgetAmount',
  'budget.currency': 'budgetCurrency',
  'budget.text': 'budgetText',
};

/** `/staff/projects/new` and `/staff/projects/:id/edit`: the staff project editor. */
export function ProjectFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const session = useSession();
  const allowed = session.user?.permissions.includes('project:write') ?? false;
  const query = useQuery({ ...projectQueryOptions(id ?? ''), enabled: allowed && !!id });
  // Bumped by "reload" after a conflict: the form then starts again from the stored project.
  const [generation, setGeneration] = useState(0);

  if (!allowed) {
    return (
      <Container size="lg" py="md">
        <Alert color="yellow" variant="light" title={t('projects.editor.forbiddenTitle')} role="alert">
          {t('projects.editor.forbidden')}
        </Alert>
      </Container>
    );
  }
  return (
    <Container size="lg" py="md">
      <Stack gap="lg">
        <Anchor component={Link} to={id ? `/projects/${id}` : '/projects'} size="sm">
          ← {t(id ? 'projects.editor.backToProject' : 'projects.detail.back')}
        </Anchor>
        <Title order={1} size="h2">
          {t(id ? 'projects.editor.editTitle' : 'projects.editor.newTitle')}
        </Title>
        {!id && <ProjectForm />}
        {id && query.isPending && (
          <Stack role="status" aria-label={t('common.loading')}>
            <Skeleton h={400} />
          </Stack>
        )}
        {id && query.isError && (
          <QueryErrorAlert
            title={t('projects.detail.loadFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {id && query.data && (
          <ProjectForm
            key={generation}
            project={query.data}
            onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
          />
        )}
      </Stack>
    </Container>
  );
}

function ProjectForm({ project, onReload }: { project?: ProjectDetail; onReload?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const { taxonomy, label } = useTaxonomy();
  const create = useCreateProjectMutation();
  const update = useUpdateProjectMutation(project?.id ?? '');
  const pending = create.isPending || update.isPending;
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const defaults = useMemo(() => (project ? toProjectInput(project) : emptyProjectInput()), [project]);
  const { register, control, handleSubmit, setError, formState, reset } = useForm<
    ProjectFormInput,
    unknown,
    ProjectFormValues
  >({ resolver: zodResolver(projectSchema), defaultValues: defaults, mode: 'onTouched' });
  const { errors, isDirty, isSubmitSuccessful } = formState;
  const capabilities = useFieldArray({ control, name: 'requirements.capabilities' });
  useUnsavedChangesGuard(isDirty && !isSubmitSuccessful, t('projects.editor.unsavedChanges'));

  const err = (e: FieldError | undefined): string | undefined => {
    if (!e?.message) return undefined;
    if (e.type === 'server') return e.message;
    return t(`projects.editor.validation.${e.message as EditorValidationKey}`, { defaultValue: e.message });
  };

  const countries = useMemo(() => {
    const base = countryOptions(language);
    const code = project?.countryCode;
    return code && !base.some((o) => o.value === code)
      ? [...base, { value: code, label: countryName(code, language) }]
      : base;
  }, [language, project?.countryCode]);
  const trackOptions = (taxonomy?.projectTracks ?? []).map((x) => ({ value: x.code, label: label(x.code) }));
  const domainOptions = (taxonomy?.domains ?? []).map((x) => ({ value: x.code, label: label(x.code) }));
  const financingOptions = (taxonomy?.financingSources ?? []).map((x) => ({
    value: x.code,
    label: label(x.code),
  }));
  const roleOptions = (taxonomy?.roles ?? []).map((x) => ({ value: x.code, label: label(x.code) }));
  const capabilityOptions = (taxonomy?.domains ?? []).map((d) => ({
    group: label(d.code),
    items: d.capabilities.map((c) => ({ value: c.code, label: label(c.code) })),
  }));
  const statusOptions = PROJECT_STATUS_VALUES.map((s) => ({
    value: s,
    label: t(`enums.projectStatus.${s}`),
  }));
  const weightOptions = (['1', '2', '3'] as const).map((w) => ({
    value: w,
    label: t(`projects.editor.weight${w}`),
  }));

  const onSubmit = handleSubmit(async (values) => {
    if (pending) return;
    setFormError(null);
    setConflict(false);
    const body = toProjectRequest(values);
    try {
      const saved = project
        ? await update.mutateAsync({ ...body, version: project.version })
        : await create.mutateAsync(body);
      reset(toProjectInput(saved));
      void navigate(`/projects/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setConflict(true);
        return;
      }
      if (error instanceof ApiError) {
        for (const d of error.details) d.field = SERVER_ALIASES[d.field] ?? toFormPath(d.field);
      }
      const fields: string[] = [
        ...TOP_FIELDS,
        ...values.requirements.capabilities.flatMap((_, i) => [
          `requirements.capabilities.${i}.code`,
          `requirements.capabilities.${i}.weight`,
        ]),
      ];
      setFormError(
        applyServerErrors<ProjectFormInput>(error, fields as FieldPath<ProjectFormInput>[], setError, t),
      );
    }
  });

  const reqErrors = errors.requirements?.capabilities;

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t(project ? 'projects.editor.editTitle' : 'projects.editor.newTitle')}
    >
      <Stack gap="lg">
        {conflict && (
          <Alert color="orange" variant="light" title={t('projects.editor.conflictTitle')} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t('projects.editor.conflict')}</Text>
              <Group>
                <Button size="xs" variant="light" onClick={onReload}>
                  {t('projects.editor.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {formError && (
          <Alert color="red" variant="light" title={t('errors.formTitle')} role="alert">
            {formError}
          </Alert>
        )}

        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('projects.editor.sections.basics')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('projects.editor.fields.title')}
                lang="en"
                required
                error={err(errors.title)}
                {...register('title')}
              />
              <TextInput
                label={t('projects.editor.fields.titleKo')}
                lang="ko"
                error={err(errors.titleKo)}
                {...register('titleKo')}
              />
              <Controller
                control={control}
                name="countryCode"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.country')}
                    required
                    searchable
                    data={countries}
                    error={err(errors.countryCode)}
                  />
                )}
              />
              <TextInput
                label={t('projects.editor.fields.city')}
                error={err(errors.city)}
                {...register('city')}
              />
              <TextInput
                label={t('projects.editor.fields.program')}
                error={err(errors.program)}
                {...register('program')}
              />
              <Controller
                control={control}
                name="track"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.track')}
                    required
                    data={trackOptions}
                    error={err(errors.track)}
                  />
                )}
              />
              <Controller
                control={control}
                name="sectors"
                render={({ field }) => (
                  <MultiSelect
                    ref={field.ref}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.sectors')}
                    required
                    searchable
                    data={domainOptions}
                    error={err(errors.sectors as FieldError | undefined)}
                  />
                )}
              />
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    value={field.value}
                    onChange={(v) => v && field.onChange(v)}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.status')}
                    allowDeselect={false}
                    data={statusOptions}
                    error={err(errors.status)}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('projects.editor.fields.deadline')}
                description={t('projects.editor.deadlineHint')}
                error={err(errors.submissionDeadline)}
                {...register('submissionDeadline')}
              />
            </SimpleGrid>
            <Textarea
              label={t('projects.editor.fields.description')}
              autosize
              minRows={3}
              error={err(errors.description)}
              {...register('description')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('projects.editor.sections.money')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Controller
                control={control}
                name="budgetAmount"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.budgetAmount')}
                    min={0}
                    thousandSeparator=","
                    error={err(errors.budgetAmount)}
                  />
                )}
              />
              <TextInput
                label={t('projects.editor.fields.budgetCurrency')}
                placeholder="KRW"
                maxLength={3}
                error={err(errors.budgetCurrency)}
                {...register('budgetCurrency')}
              />
              <TextInput
                label={t('projects.editor.fields.budgetText')}
                error={err(errors.budgetText)}
                {...register('budgetText')}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="financing"
              render={({ field }) => (
                <MultiSelect
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  label={t('projects.editor.fields.financing')}
                  data={financingOptions}
                  error={err(errors.financing as FieldError | undefined)}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('projects.editor.fields.client')}
                error={err(errors.client)}
                {...register('client')}
              />
              <TextInput
                label={t('projects.editor.fields.procurement')}
                error={err(errors.procurement)}
                {...register('procurement')}
              />
              <TextInput
                label={t('projects.editor.fields.period')}
                error={err(errors.period)}
                {...register('period')}
              />
            </SimpleGrid>
            <TextInput
              label={t('projects.editor.fields.sourceNote')}
              error={err(errors.sourceNote)}
              {...register('sourceNote')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('projects.editor.sections.requirements')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('projects.editor.requirementsHint')}
            </Text>
            {capabilities.fields.length === 0 && <Text size="sm">{t('projects.editor.noCapabilities')}</Text>}
            {capabilities.fields.map((row, index) => (
              <Group key={row.id} align="flex-end" gap="sm" wrap="wrap" data-testid="requirement-row">
                <Controller
                  control={control}
                  name={`requirements.capabilities.${index}.code`}
                  render={({ field }) => (
                    <Select
                      ref={field.ref}
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? '')}
                      onBlur={field.onBlur}
                      label={t('projects.editor.fields.capability', { n: index + 1 })}
                      searchable
                      data={capabilityOptions}
                      style={{ flex: '1 1 260px' }}
                      error={err(reqErrors?.[index]?.code)}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name={`requirements.capabilities.${index}.weight`}
                  render={({ field }) => (
                    <Select
                      ref={field.ref}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      onBlur={field.onBlur}
                      label={t('projects.editor.fields.weight')}
                      allowDeselect={false}
                      data={weightOptions}
                      w={150}
                      error={err(reqErrors?.[index]?.weight)}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name={`requirements.capabilities.${index}.mustHave`}
                  render={({ field }) => (
                    <Checkbox
                      ref={field.ref}
                      checked={field.value}
                      onChange={(e) => field.onChange(e.currentTarget.checked)}
                      label={t('projects.editor.fields.mustHave')}
                      mb={8}
                    />
                  )}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('projects.editor.removeCapability', { n: index + 1 })}
                  onClick={() => capabilities.remove(index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                disabled={capabilities.fields.length >= 40}
                onClick={() => capabilities.append({ code: '', weight: '2', mustHave: false })}
              >
                {t('projects.editor.addCapability')}
              </Button>
            </Group>
            <Controller
              control={control}
              name="requirements.roles"
              render={({ field }) => (
                <MultiSelect
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  label={t('projects.editor.fields.roles')}
                  data={roleOptions}
                  error={err(errors.requirements?.roles as FieldError | undefined)}
                />
              )}
            />
            <Title order={3} size="h5">
              {t('projects.editor.sections.teamRules')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={control}
                name="requirements.teamRules.minSmeMembers"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.minSmeMembers')}
                    min={0}
                    max={20}
                    allowDecimal={false}
                    error={err(errors.requirements?.teamRules?.minSmeMembers)}
                  />
                )}
              />
              <Controller
                control={control}
                name="requirements.teamRules.maxMembers"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                    onBlur={field.onBlur}
                    label={t('projects.editor.fields.maxMembers')}
                    description={t('projects.editor.maxMembersHint')}
                    min={1}
                    max={50}
                    allowDecimal={false}
                    error={err(errors.requirements?.teamRules?.maxMembers)}
                  />
                )}
              />
              <Controller
                control={control}
                name="requirements.teamRules.localPartnerRequired"
                render={({ field }) => (
                  <Switch
                    ref={field.ref}
                    checked={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.checked)}
                    label={t('projects.editor.fields.localPartnerRequired')}
                  />
                )}
              />
              <Controller
                control={control}
                name="requirements.teamRules.leadCountryExperience"
                render={({ field }) => (
                  <Switch
                    ref={field.ref}
                    checked={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.checked)}
                    label={t('projects.editor.fields.leadCountryExperience')}
                  />
                )}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to={project ? `/projects/${project.id}` : '/projects'}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t(project ? 'projects.editor.save' : 'projects.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
