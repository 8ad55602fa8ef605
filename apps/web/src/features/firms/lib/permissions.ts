import type { User } from '../../../lib/api/types';

const has = (user: User | null | undefined, permission: string) =>
  !!user && (user.permissions as readonly string[]).includes(permission);

/** Edit buttons: only the firm's own admin (the server enforces it anyway). */
export function canEditFirm(user: User | null | undefined, firmId: string | undefined): boolean {
  return !!firmId && has(user, 'firm:update-own') && user?.firmId === firmId;
}

export function canVerifyFirms(user: User | null | undefined): boolean {
  return has(user, 'firm:verify');
}
