import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canRecordOutcome,
  canTransition,
  canWithdraw,
  CONSORTIUM_OUTCOMES,
  CONSORTIUM_STATUSES,
  deriveTeamStatus,
  isFinal,
  isTeamEditable,
  nextTeamStatus,
  TransitionError,
  type ConsortiumOutcome,
  type ConsortiumStatus,
} from './consortium-state-machine';

// Written out by hand from the product rules (not read from TRANSITIONS), so a wrong table fails here.
const ALLOWED: [ConsortiumStatus, ConsortiumStatus][] = [
  ['draft', 'inviting'],
  ['draft', 'ready'],
  ['draft', 'withdrawn'],
  ['inviting', 'draft'],
  ['inviting', 'ready'],
  ['inviting', 'withdrawn'],
  ['ready', 'draft'],
  ['ready', 'inviting'],
  ['ready', 'submitted'],
  ['ready', 'withdrawn'],
  ['submitted', 'under_review'],
  ['submitted', 'withdrawn'],
  ['under_review', 'approved'],
  ['under_review', 'rejected'],
  ['under_review', 'changes_requested'],
  ['under_review', 'withdrawn'],
  ['changes_requested', 'draft'],
  ['changes_requested', 'inviting'],
  ['changes_requested', 'ready'],
  ['changes_requested', 'withdrawn'],
];
const key = (from: string, to: string) => `${from}→${to}`;
const allowed = new Set(ALLOWED.map(([f, t]) => key(f, t)));
const pairs = CONSORTIUM_STATUSES.flatMap((from) => CONSORTIUM_STATUSES.map((to) => [from, to] as const));

describe('consortium transitions', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  const forbidden = pairs.filter(([f, t]) => !allowed.has(key(f, t)));
  it('forbids every other pair', () => {
    expect(forbidden).toHaveLength(CONSORTIUM_STATUSES.length ** 2 - ALLOWED.length);
  });
  it.each(forbidden)('forbids %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(TransitionError);
  });

  it('names both states in the error', () => {
    expect(() => assertTransition('approved', 'draft')).toThrow(
      'A consortium cannot go from approved to draft',
    );
  });

  it('lets every pre-decision state be withdrawn and nothing after a decision', () => {
    const withdrawable = CONSORTIUM_STATUSES.filter(canWithdraw);
    expect(withdrawable).toEqual([
      'draft',
      'inviting',
      'ready',
      'submitted',
      'under_review',
      'changes_requested',
    ]);
    expect(CONSORTIUM_STATUSES.filter(isFinal)).toEqual(['approved', 'rejected', 'withdrawn']);
  });

  it('allows team edits only before submission and after changes were requested', () => {
    expect(CONSORTIUM_STATUSES.filter(isTeamEditable)).toEqual([
      'draft',
      'inviting',
      'ready',
      'changes_requested',
    ]);
  });
});

describe('team status derived from the members', () => {
  it('is inviting while any invitation is pending, whatever the checks say', () => {
    expect(deriveTeamStatus({ pending: 1, checksPass: false })).toBe('inviting');
    expect(deriveTeamStatus({ pending: 3, checksPass: true })).toBe('inviting');
  });
  it('is ready with no pending invitation and every check passing, else draft', () => {
    expect(deriveTeamStatus({ pending: 0, checksPass: true })).toBe('ready');
    expect(deriveTeamStatus({ pending: 0, checksPass: false })).toBe('draft');
  });

  it('recomputes team states after a membership change', () => {
    expect(nextTeamStatus('draft', { pending: 1, checksPass: false })).toBe('inviting');
    expect(nextTeamStatus('inviting', { pending: 0, checksPass: true })).toBe('ready');
    expect(nextTeamStatus('inviting', { pending: 0, checksPass: false })).toBe('draft');
    expect(nextTeamStatus('ready', { pending: 1, checksPass: true })).toBe('inviting');
    expect(nextTeamStatus('ready', { pending: 0, checksPass: false })).toBe('draft');
    expect(nextTeamStatus('ready', { pending: 0, checksPass: true })).toBe('ready');
  });

  it('moves changes_requested back to a team state when the lead edits the team', () => {
    expect(nextTeamStatus('changes_requested', { pending: 0, checksPass: false })).toBe('draft');
    expect(nextTeamStatus('changes_requested', { pending: 2, checksPass: false })).toBe('inviting');
    expect(nextTeamStatus('changes_requested', { pending: 0, checksPass: true })).toBe('ready');
  });

  it('leaves submitted, reviewed and decided consortia alone', () => {
    for (const s of ['submitted', 'under_review', 'approved', 'rejected', 'withdrawn'] as const) {
      expect(nextTeamStatus(s, { pending: 0, checksPass: false })).toBe(s);
      expect(nextTeamStatus(s, { pending: 1, checksPass: true })).toBe(s);
    }
  });
});

describe('outcome after approval', () => {
  const OUTCOME_ALLOWED: [ConsortiumOutcome | null, ConsortiumOutcome][] = [
    [null, 'bid_submitted'],
    [null, 'shortlisted'],
    [null, 'selected'],
    [null, 'not_selected'],
    [null, 'contract_signed'],
    ['bid_submitted', 'shortlisted'],
    ['bid_submitted', 'selected'],
    ['bid_submitted', 'contract_signed'],
    ['bid_submitted', 'not_selected'],
    ['shortlisted', 'selected'],
    ['shortlisted', 'contract_signed'],
    ['shortlisted', 'not_selected'],
    ['selected', 'contract_signed'],
  ];
  const ok = new Set(OUTCOME_ALLOWED.map(([f, t]) => key(String(f), t)));
  const all = ([null, ...CONSORTIUM_OUTCOMES] as (ConsortiumOutcome | null)[]).flatMap((from) =>
    CONSORTIUM_OUTCOMES.map((to) => [from, to] as const),
  );

  it.each(all)('from %s to %s on an approved consortium', (from, to) => {
    expect(canRecordOutcome('approved', from, to)).toBe(ok.has(key(String(from), to)));
  });

  it('is refused on every status but approved', () => {
    for (const s of CONSORTIUM_STATUSES.filter((x) => x !== 'approved')) {
      for (const o of CONSORTIUM_OUTCOMES) expect(canRecordOutcome(s, null, o)).toBe(false);
    }
  });
});
