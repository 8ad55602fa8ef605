export const ROLES = ['firm_member', 'firm_admin', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const FIRM_SIZES = ['large', 'mid', 'sme', 'startup', 'public', 'research'] as const;
export type FirmSize = (typeof FIRM_SIZES)[number];

export const FIRM_TYPES = ['planning_development', 'service_solution', 'finance_support'] as const;
export type FirmType = (typeof FIRM_TYPES)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
