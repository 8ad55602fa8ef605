import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  FileInput,
  Group,
  List,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/auth/session';
import { IMPORT_MAX_BYTES, uploadProjectsFile } from '../api/import';
import { projectKeys } from '../api/projects';
import type { ImportError, ImportField, ImportRow, ProjectImportResult } from '../api/types';

const STATUS_COLOR: Record<ImportRow['status'], string> = {
  valid: 'teal',
  duplicate: 'gray',
  invalid: 'red',
};
/** Preview rows shown at once; the counts above the table cover the whole file. */
const PREVIEW_ROWS = 200;

/** `/staff/projects/import`: upload CSV/XLSX, check the column mapping and row errors, then insert all or none. */
export function ProjectImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const allowed = useSession().user?.permissions.includes('project:write') ?? false;
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, ImportField | null>>({});
  const [preview, setPreview] = useState<ProjectImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [inserted, setInserted] = useState<number | null>(null);
  const busy = progress !== null;

  if (!allowed) {
    return (
      <Container size="lg" py="md">
        <Alert color="yellow" variant="light" title={t('projects.editor.forbiddenTitle')} role="alert">
          {t('projects.import.forbidden')}
        </Alert>
      </Container>
    );
  }

  const describe = (e: unknown) => {
    if (!(e instanceof ApiError)) return t('errors.network');
    if (e.status === 413) return t('projects.import.tooLarge');
    return [e.message, ...e.details.map((d) => d.message)].filter(Boolean).join(' — ');
  };

  const run = async (dryRun: boolean, target = file, columns = mapping) => {
    if (!target) return;
    setError(null);
    setProgress(0);
    try {
      const result = await uploadProjectsFile(target, {
        dryRun,
        mapping: Object.keys(columns).length ? columns : undefined,
        onProgress: setProgress,
      });
      if (dryRun) setPreview(result);
      else {
        setInserted(result.inserted);
        setPreview(null);
        setFile(null);
        setMapping({});
        void queryClient.invalidateQueries({ queryKey: projectKeys.all });
      }
    } catch (e) {
      setError(describe(e));
      if (!dryRun && e instanceof ApiError && e.status === 400) setPreview(null);
    } finally {
      setProgress(null);
      setConfirming(false);
    }
  };

  const choose = (next: File | null) => {
    setInserted(null);
    setPreview(null);
    setMapping({});
    setError(null);
    setFile(next);
    if (!next) return;
    if (next.size > IMPORT_MAX_BYTES) {
      setError(t('projects.import.tooLarge'));
      return;
    }
    void run(true, next, {});
  };

  const errorsByRow = new Map<number, ImportError[]>();
  for (const e of preview?.errors ?? []) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);
  const fieldOptions = [
    { value: '', label: t('projects.import.ignore') },
    ...(preview?.fields ?? []).map((f) => ({ value: f, label: t(`projects.import.fields.${f}`) })),
  ];
  const canImport = !!preview && preview.invalid === 0 && preview.valid > 0 && !busy;

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <Anchor component={Link} to="/projects" size="sm">
          ← {t('projects.detail.back')}
        </Anchor>
        <div>
          <Title order={1} size="h2">
            {t('projects.import.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('projects.import.intro')}
          </Text>
        </div>

        <Card withBorder padding="md">
          <Stack gap="sm">
            <FileInput
              label={t('projects.import.file')}
              description={t('projects.import.fileHint')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={choose}
              clearable
              disabled={busy}
            />
            {busy && (
              <Stack gap={4} role="status" aria-live="polite">
                <Text size="sm">
                  {progress < 1
                    ? t('projects.import.uploading', { percent: Math.round(progress * 100) })
                    : t('projects.import.checking')}
                </Text>
                <Progress value={progress * 100} aria-label={t('projects.import.progress')} />
              </Stack>
            )}
          </Stack>
        </Card>

        {error && (
          <Alert color="red" variant="light" title={t('projects.import.failed')} role="alert">
            {error}
          </Alert>
        )}
        {inserted !== null && (
          <Alert color="teal" variant="light" title={t('projects.import.doneTitle')} role="status">
            {t('projects.import.done', { count: inserted })}{' '}
            <Anchor component={Link} to="/projects?sort=newest">
              {t('projects.import.viewProjects')}
            </Anchor>
          </Alert>
        )}

        {preview && (
          <>
            <Card withBorder padding="md" component="section" aria-labelledby="import-mapping">
              <Stack gap="sm">
                <Title order={2} size="h4" id="import-mapping">
                  {t('projects.import.mapping')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('projects.import.mappingHint')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  {preview.columns.map((c) => (
                    <Select
                      key={c.header}
                      label={c.header}
                      data={fieldOptions}
                      value={(c.header in mapping ? mapping[c.header] : c.field) ?? ''}
                      allowDeselect={false}
                      onChange={(v) =>
                        setMapping((m) => ({ ...m, [c.header]: (v || null) as ImportField | null }))
                      }
                    />
                  ))}
                </SimpleGrid>
                <Group>
                  <Button variant="light" onClick={() => void run(true)} disabled={busy}>
                    {t('projects.import.recheck')}
                  </Button>
                </Group>
              </Stack>
            </Card>

            <Card withBorder padding="md" component="section" aria-labelledby="import-preview">
              <Stack gap="sm">
                <Title order={2} size="h4" id="import-preview">
                  {t('projects.import.preview')}
                </Title>
                <Group gap="md" data-testid="import-summary">
                  <Text size="sm">{t('projects.import.summary.total', { count: preview.total })}</Text>
                  <Badge color="teal" variant="light">
                    {t('projects.import.summary.valid', { count: preview.valid })}
                  </Badge>
                  <Badge color="gray" variant="light">
                    {t('projects.import.summary.duplicates', { count: preview.duplicates })}
                  </Badge>
                  <Badge color="red" variant="light">
                    {t('projects.import.summary.invalid', { count: preview.invalid })}
                  </Badge>
                </Group>
                {preview.invalid > 0 && (
                  <Alert color="orange" variant="light" role="alert">
                    {t('projects.import.fixErrors')}
                  </Alert>
                )}
                <Table.ScrollContainer minWidth={560}>
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('projects.import.columns.row')}</Table.Th>
                        <Table.Th>{t('projects.import.columns.status')}</Table.Th>
                        <Table.Th>{t('projects.import.columns.title')}</Table.Th>
                        <Table.Th>{t('projects.import.columns.country')}</Table.Th>
                        <Table.Th>{t('projects.import.columns.problems')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                        <Table.Tr key={r.row} data-testid="import-row" data-status={r.status}>
                          <Table.Td>{r.row}</Table.Td>
                          <Table.Td>
                            <Badge color={STATUS_COLOR[r.status]} variant="light">
                              {t(`projects.import.status.${r.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{r.title}</Table.Td>
                          <Table.Td>{r.countryCode}</Table.Td>
                          <Table.Td>
                            {r.status === 'duplicate' && (
                              <Text size="xs">{t('projects.import.duplicateOf', { of: r.duplicateOf })}</Text>
                            )}
                            {(errorsByRow.get(r.row) ?? []).length > 0 && (
                              <List size="xs" spacing={2}>
                                {errorsByRow.get(r.row)!.map((e, i) => (
                                  <List.Item key={i}>
                                    <strong>{e.field}</strong>: {e.message}
                                  </List.Item>
                                ))}
                              </List>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {preview.rows.length > PREVIEW_ROWS && (
                  <Text size="xs" c="dimmed">
                    {t('projects.import.moreRows', { count: preview.rows.length - PREVIEW_ROWS })}
                  </Text>
                )}
                <Group justify="flex-end">
                  <Button onClick={() => setConfirming(true)} disabled={!canImport}>
                    {t('projects.import.submit', { count: preview.valid })}
                  </Button>
                </Group>
              </Stack>
            </Card>
          </>
        )}
        <ConfirmModal
          opened={confirming}
          title={t('projects.import.confirmTitle')}
          message={t('projects.import.confirm', { count: preview?.valid ?? 0 })}
          confirmLabel={t('projects.import.submit', { count: preview?.valid ?? 0 })}
          pending={busy}
          onConfirm={() => void run(false)}
          onClose={() => setConfirming(false)}
        />
      </Stack>
    </Container>
  );
}
