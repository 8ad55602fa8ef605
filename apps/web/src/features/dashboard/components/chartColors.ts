import { DEFAULT_THEME } from '@mantine/core';

const c = DEFAULT_THEME.colors;

/** SVG fills take plain colours (not CSS variables), so the Mantine palette is read directly. */
export const CHART_COLORS = {
  consortia: c.indigo[6],
  projects: c.gray[5],
  projectsLabel: c.gray[7],
  sme: c.teal[6],
  funnel: c.indigo[5],
  grid: c.gray[3],
  status: {
    draft: c.gray[5],
    inviting: c.yellow[6],
    ready: c.cyan[6],
    submitted: c.blue[6],
    under_review: c.violet[6],
    approved: c.green[7],
    rejected: c.red[7],
    changes_requested: c.orange[6],
    withdrawn: c.gray[7],
  },
} as const;
