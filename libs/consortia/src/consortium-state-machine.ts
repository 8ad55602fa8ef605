/**
 * The consortium life cycle as plain data: no Nest, TypeORM or HTTP here, so every allowed and
 * forbidden transition is unit-tested in isolation and the services only ask "may I?".
 */

export const CONSORTIUM_STATUSES = [
  'draft',
  'inviting',
  'ready',
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'changes_requested',
  'withdrawn',
] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

/** The team-building states, derived from the members (never set by hand). */
export type TeamStatus = Extract<ConsortiumStatus, 'draft' | 'inviting' | 'ready'>;

export const CONSORTIUM_DECISIONS = ['approved', 'rejected', 'changes_requested'] as const;
export type ConsortiumDecision = (typeof CONSORTIUM_DECISIONS)[number];

export const CONSORTIUM_OUTCOMES = [
  'bid_submitted',
  'shortlisted',
  'selected',
  'contract_signed',
  'not_selected',
] as const;
export type ConsortiumOutcome = (typeof CONSORTIUM_OUTCOMES)[number];

export const MEMBER_STATUSES = [
  'invited',
  'accepted',
  'declined',
  'removed',
  'expired',
  'withdrawn',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Member rows that hold the firm's one seat per project (the partial unique index uses the same list). */
export const LIVE_MEMBER_STATUSES: readonly MemberStatus[] = ['invited', 'accepted'];

export const DECLINE_REASONS = [
  'no_capacity',
  'not_our_field',
  'conflict_of_interest',
  'terms',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

const TEAM: TeamStatus[] = ['draft', 'inviting', 'ready'];

/**
 * Allowed moves. Team states move freely among themselves as members answer; only `ready` is
 * submitted; a decision needs a review in progress; every state before a decision may be withdrawn.
 * After `changes_requested` the lead edits the team again, which derives draft, inviting or ready.
 */
export const TRANSITIONS: Readonly<Record<ConsortiumStatus, readonly ConsortiumStatus[]>> = {
  draft: ['inviting', 'ready', 'withdrawn'],
  inviting: ['draft', 'ready', 'withdrawn'],
  ready: ['draft', 'inviting', 'submitted', 'withdrawn'],
  submitted: ['under_review', 'withdrawn'],
  under_review: ['approved', 'rejected', 'changes_requested', 'withdrawn'],
  changes_requested: [...TEAM, 'withdrawn'],
  approved: [],
  rejected: [],
  withdrawn: [],
};

export class TransitionError extends Error {
  constructor(
    readonly from: ConsortiumStatus,
    readonly to: ConsortiumStatus,
  ) {
    super(`A consortium cannot go from ${from} to ${to}`);
  }
}

export function canTransition(from: ConsortiumStatus, to: ConsortiumStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ConsortiumStatus, to: ConsortiumStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}

/** The lead may invite, remove and re-role members only before submission (and after changes were requested). */
export function isTeamEditable(status: ConsortiumStatus): boolean {
  return status === 'changes_requested' || (TEAM as ConsortiumStatus[]).includes(status);
}

/** Every state before a decision (and not already withdrawn) may be withdrawn. */
export function canWithdraw(status: ConsortiumStatus): boolean {
  return canTransition(status, 'withdrawn');
}

/** Decided and withdrawn consortia never change status again. */
export function isFinal(status: ConsortiumStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export interface TeamState {
  /** Invitations not answered yet. */
  pending: number;
  /** Every check the team must pass before it can be submitted. */
  checksPass: boolean;
}

/** pending invitations → inviting; none pending and every check passing → ready; otherwise draft. */
export function deriveTeamStatus(team: TeamState): TeamStatus {
  if (team.pending > 0) return 'inviting';
  return team.checksPass ? 'ready' : 'draft';
}

/**
 * The status after a membership change: team states (and changes_requested, once the lead edits)
 * follow the members; later states are not touched by membership (they cannot change then anyway).
 */
export function nextTeamStatus(current: ConsortiumStatus, team: TeamState): ConsortiumStatus {
  if (!isTeamEditable(current)) return current;
  const derived = deriveTeamStatus(team);
  if (derived === current) return current;
  assertTransition(current, derived);
  return derived;
}

/**
 * Outcome after approval, in order: bid submitted → shortlisted → selected → contract signed; not
 * selected ends it before selection. Steps may be skipped forwards (not every tender shortlists);
 * contract signed and not selected are final.
 */
export const OUTCOME_SEQUENCE = ['bid_submitted', 'shortlisted', 'selected', 'contract_signed'] as const;

export const OUTCOME_TRANSITIONS: Readonly<Record<ConsortiumOutcome | 'none', readonly ConsortiumOutcome[]>> =
  {
    none: ['bid_submitted', 'shortlisted', 'selected', 'contract_signed', 'not_selected'],
    bid_submitted: ['shortlisted', 'selected', 'contract_signed', 'not_selected'],
    shortlisted: ['selected', 'contract_signed', 'not_selected'],
    selected: ['contract_signed'],
    not_selected: [],
    contract_signed: [],
  };

export function canRecordOutcome(
  status: ConsortiumStatus,
  current: ConsortiumOutcome | null,
  next: ConsortiumOutcome,
): boolean {
  return status === 'approved' && OUTCOME_TRANSITIONS[current ?? 'none'].includes(next);
}

export const isFinalOutcome = (o: ConsortiumOutcome | null) =>
  o === 'contract_signed' || o === 'not_selected';
