import type {
  Checklist,
  ConsortiumOutcome,
  ConsortiumStatus,
  DecisionValue,
  DeclineReason,
  MemberStatus,
} from '../api/types';

/** Display order of the consortium enums; checked against the generated API types below. */
export const CONSORTIUM_STATUSES = [
  'draft',
  'inviting',
  'ready',
  'submitted',
  'under_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const satisfies readonly ConsortiumStatus[];
export const REVIEW_STATUSES = ['submitted', 'under_review'] as const satisfies readonly ConsortiumStatus[];
export const MEMBER_STATUSES = [
  'invited',
  'accepted',
  'declined',
  'removed',
  'expired',
  'withdrawn',
] as const satisfies readonly MemberStatus[];
export const DECLINE_REASONS = [
  'no_capacity',
  'not_our_field',
  'conflict_of_interest',
  'terms',
  'other',
] as const satisfies readonly DeclineReason[];
export const DECISIONS = [
  'approved',
  'changes_requested',
  'rejected',
] as const satisfies readonly DecisionValue[];
export const OUTCOMES = [
  'bid_submitted',
  'shortlisted',
  'selected',
  'contract_signed',
  'not_selected',
] as const satisfies readonly ConsortiumOutcome[];
export const CHECKLIST_KEYS = [
  'capabilitiesCovered',
  'smeParticipation',
  'localPartner',
  'financingRoute',
  'eligibility',
] as const satisfies readonly (keyof Checklist)[];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
export const consortiumEnumsAreExhaustive: [
  Missing<ConsortiumStatus, (typeof CONSORTIUM_STATUSES)[number]>,
  Missing<MemberStatus, (typeof MEMBER_STATUSES)[number]>,
  Missing<DeclineReason, (typeof DECLINE_REASONS)[number]>,
  Missing<DecisionValue, (typeof DECISIONS)[number]>,
  Missing<ConsortiumOutcome, (typeof OUTCOMES)[number]>,
  Missing<keyof Checklist, (typeof CHECKLIST_KEYS)[number]>,
] = [true, true, true, true, true, true];

/** Badge colour per status (the badge always carries the status text too). */
export const STATUS_COLORS: Record<ConsortiumStatus, string> = {
  draft: 'gray',
  inviting: 'blue',
  ready: 'teal',
  submitted: 'indigo',
  under_review: 'violet',
  changes_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'dark',
};

export const MEMBER_STATUS_COLORS: Record<MemberStatus, string> = {
  invited: 'blue',
  accepted: 'green',
  declined: 'red',
  removed: 'gray',
  expired: 'orange',
  withdrawn: 'dark',
};

export const DECISION_COLORS: Record<DecisionValue, string> = {
  approved: 'green',
  changes_requested: 'orange',
  rejected: 'red',
};

export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return !!value && (list as readonly string[]).includes(value);
}
