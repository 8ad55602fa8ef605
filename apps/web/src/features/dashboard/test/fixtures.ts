import type { Taxonomy } from '../../../lib/taxonomy';
import type { DashboardSummary } from '../api/dashboard';

export const taxonomy: Taxonomy = {
  domains: [
    { code: 'energy', en: 'Energy', ko: '에너지', capabilities: [] },
    { code: 'transport', en: 'Transport & mobility', ko: '교통·모빌리티', capabilities: [] },
  ],
  roles: [],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [],
  financingSources: [],
  ladderStages: [],
};

const statuses = (counts: Partial<Record<DashboardSummary['consortiaByStatus'][number]['status'], number>>) =>
  (
    [
      'draft',
      'inviting',
      'ready',
      'submitted',
      'under_review',
      'approved',
      'rejected',
      'changes_requested',
      'withdrawn',
    ] as const
  ).map((status) => ({
    status,
    count: counts[status] ?? 0,
  }));

export const summary: DashboardSummary = {
  consortiaByStatus: statuses({ inviting: 1, submitted: 1, under_review: 2, approved: 3, rejected: 1 }),
  smeShare: {
    submitted: { smeMembers: 5, members: 11, share: 0.4545 },
    approved: { smeMembers: 2, members: 4, share: 0.5 },
  },
  projectsByCountry: [
    { code: 'VN', projects: 12, consortia: 5 },
    { code: 'KE', projects: 3, consortia: 3 },
  ],
  projectsBySector: [
    { code: 'energy', projects: 9, consortia: 6 },
    { code: 'transport', projects: 4, consortia: 2 },
  ],
  funnel: { invited: 20, accepted: 15, submitted: 7, approved: 3, selected: 1 },
  medianDaysToDecision: 4.5,
  filters: { programs: ['EDCF', 'K-City Network 2022'], years: [2026, 2025] },
};

export const emptySummary: DashboardSummary = {
  ...summary,
  consortiaByStatus: statuses({}),
  smeShare: {
    submitted: { smeMembers: 0, members: 0, share: null },
    approved: { smeMembers: 0, members: 0, share: null },
  },
  projectsByCountry: [],
  projectsBySector: [],
  funnel: { invited: 0, accepted: 0, submitted: 0, approved: 0, selected: 0 },
  medianDaysToDecision: null,
};
