import type { Role } from './roles';

/**
 * Every permission the product knows. The API guard checks these and the web
 * app uses the same list (via `user.permissions`) to hide actions.
 */
export const PERMISSIONS = [
  'profile:read-own',
  'firm:read',
  'firm:update-own',
  'firm:invite-member',
  'firm:verify',
  'project:read',
  'project:write',
  'consortium:read-own',
  'consortium:write-own',
  'consortium:review',
  'message:write-own',
  'partner-request:write-own',
  'user:manage',
  'reference-data:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const FIRM_MEMBER: Permission[] = [
  'profile:read-own',
  'firm:read',
  'project:read',
  'consortium:read-own',
  'message:write-own',
];
const FIRM_ADMIN: Permission[] = [
  ...FIRM_MEMBER,
  'firm:update-own',
  'firm:invite-member',
  'consortium:write-own',
  'partner-request:write-own',
];
const STAFF: Permission[] = [
  'profile:read-own',
  'firm:read',
  'firm:verify',
  'project:read',
  'project:write',
  'consortium:review',
];
const ADMIN: Permission[] = [...STAFF, 'user:manage', 'reference-data:manage'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  firm_member: FIRM_MEMBER,
  firm_admin: FIRM_ADMIN,
  staff: STAFF,
  admin: ADMIN,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
