import type { EmployeesBand, SolutionMaturity } from '../api/types';

/** Display order of firm enum codes; `satisfies` ties them to the generated API types. */
export const EMPLOYEES_BANDS = [
  '1-9',
  '10-49',
  '50-249',
  '250-999',
  '1000+',
] as const satisfies readonly EmployeesBand[];
export const SOLUTION_MATURITIES = [
  'concept',
  'pilot-proven',
  'commercial',
] as const satisfies readonly SolutionMaturity[];
export const CAPABILITY_LEVELS = [1, 2, 3] as const;
export type CapabilityLevel = (typeof CAPABILITY_LEVELS)[number];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
export const firmEnumListsAreExhaustive: [
  Missing<EmployeesBand, (typeof EMPLOYEES_BANDS)[number]>,
  Missing<SolutionMaturity, (typeof SOLUTION_MATURITIES)[number]>,
] = [true, true];

export function oneOf<T extends string>(list: readonly T[], value: string | null | undefined): T | undefined {
  return value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}
