/** The export ladder: 12 steps (A1…C4) in three stages (A entry, B pilot, C commercialisation). */
export const LADDER_STEPS = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4', 'C1', 'C2', 'C3', 'C4'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

export const LADDER_GROUPS = [
  { stage: 1, letter: 'A', steps: ['A1', 'A2', 'A3', 'A4'] },
  { stage: 2, letter: 'B', steps: ['B1', 'B2', 'B3', 'B4'] },
  { stage: 3, letter: 'C', steps: ['C1', 'C2', 'C3', 'C4'] },
] as const satisfies readonly { stage: number; letter: string; steps: readonly LadderStep[] }[];

export function isLadderStep(value: unknown): value is LadderStep {
  return typeof value === 'string' && (LADDER_STEPS as readonly string[]).includes(value);
}

/** 1, 2 or 3 for a step; null when the step is unknown or not set. */
export function ladderStageOf(step: string | null | undefined): 1 | 2 | 3 | null {
  if (!isLadderStep(step)) return null;
  return step.startsWith('A') ? 1 : step.startsWith('B') ? 2 : 3;
}

/** Position of the step on the ladder (0-based), -1 when not set. */
export function ladderIndex(step: string | null | undefined): number {
  return isLadderStep(step) ? LADDER_STEPS.indexOf(step) : -1;
}
