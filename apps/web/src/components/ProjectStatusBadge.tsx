import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../lib/api/types';

const COLORS: Record<ProjectStatus, string> = {
  announced: 'blue',
  open: 'green',
  under_review: 'yellow',
  awarded: 'teal',
  in_progress: 'indigo',
  completed: 'gray',
  stalled: 'orange',
  closed: 'gray',
  unknown: 'gray',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-status={status} style={{ flexShrink: 0 }}>
      {t(`enums.projectStatus.${status}`)}
    </Badge>
  );
}
