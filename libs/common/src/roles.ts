/** `claimant`: signed up through a claim link, no firm yet; becomes `firm_admin` when staff approve the claim. */
export const ROLES = ['firm_member', 'firm_admin', 'staff', 'admin', 'claimant'] as const;
export type Role = (typeof ROLES)[number];

export const FIRM_SIZES = ['large', 'mid', 'sme', 'startup', 'public', 'research'] as const;
export type FirmSize = (typeof FIRM_SIZES)[number];

export const FIRM_TYPES = ['planning_development', 'service_solution', 'finance_support'] as const;
export type FirmType = (typeof FIRM_TYPES)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const EMPLOYEES_BANDS = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type EmployeesBand = (typeof EMPLOYEES_BANDS)[number];

export const SOLUTION_MATURITIES = ['concept', 'pilot-proven', 'commercial'] as const;
export type SolutionMaturity = (typeof SOLUTION_MATURITIES)[number];

export const PROJECT_STATUSES = [
  'announced',
  'open',
  'under_review',
  'awarded',
  'in_progress',
  'completed',
  'stalled',
  'closed',
  'unknown',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const LADDER_STAGES = [
  'A1',
  'A2',
  'A3',
  'A4',
  'B1',
  'B2',
  'B3',
  'B4',
  'C1',
  'C2',
  'C3',
  'C4',
] as const;
export type LadderStage = (typeof LADDER_STAGES)[number];
