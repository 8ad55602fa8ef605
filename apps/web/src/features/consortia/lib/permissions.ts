import type { User } from '../../../lib/api/types';

/** Whether the signed-in user has a permission (the server enforces it anyway; this only hides buttons). */
export function can(user: User | null | undefined, permission: string): boolean {
  return !!user && (user.permissions as readonly string[]).includes(permission);
}
