import type { FirmSize, FirmType, Role, VerificationStatus } from './types';

/** Display order of the enum codes used in forms; checked against the generated API types. */
export const FIRM_SIZES = [
  'large',
  'mid',
  'sme',
  'startup',
  'public',
  'research',
] as const satisfies readonly FirmSize[];
export const FIRM_TYPES = [
  'planning_development',
  'service_solution',
  'finance_support',
] as const satisfies readonly FirmType[];
/** Small and startup firms count for the SME rule. */
export function isSmeSize(size: string): boolean {
  return size === 'sme' || size === 'startup';
}

export const ROLES = [
  'firm_member',
  'firm_admin',
  'staff',
  'admin',
  'claimant',
] as const satisfies readonly Role[];
export const VERIFICATION_STATUSES = [
  'pending',
  'verified',
  'rejected',
] as const satisfies readonly VerificationStatus[];

// Compile-time exhaustiveness: fails to typecheck if the API gains a value these lists lack.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
export const enumListsAreExhaustive: [
  Missing<FirmSize, (typeof FIRM_SIZES)[number]>,
  Missing<FirmType, (typeof FIRM_TYPES)[number]>,
  Missing<Role, (typeof ROLES)[number]>,
  Missing<VerificationStatus, (typeof VERIFICATION_STATUSES)[number]>,
] = [true, true, true, true];
