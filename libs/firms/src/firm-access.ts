import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, type Role } from '@app/common';
import { Firm } from './firm.entity';

/** The signed-in user as the firm services need it (structurally the auth lib's AuthUser). */
export interface FirmActor {
  id: string;
  role: Role;
  firmId: string | null;
}

export const isStaff = (actor: FirmActor) => actor.role === 'staff' || actor.role === 'admin';

/** Verified firms are visible to every signed-in user; pending/rejected ones only to their members and staff. */
export function isFirmVisibleTo(actor: FirmActor, firm: Pick<Firm, 'id' | 'verificationStatus'>): boolean {
  return firm.verificationStatus === 'verified' || firm.id === actor.firmId || isStaff(actor);
}

/** The firm when the actor may read it; 404 both when it does not exist and when it is hidden. */
export async function findVisibleFirm(
  manager: EntityManager,
  actor: FirmActor,
  firmId: string,
): Promise<Firm> {
  const firm = await manager.findOneBy(Firm, { id: firmId });
  if (!firm || !isFirmVisibleTo(actor, firm)) throw new NotFoundException('Firm not found');
  return firm;
}

/**
 * The one rule for changing a firm's profile and its children: only the firm's own admin
 * (`firm:update-own`). Checked before any lookup, so a 403 says nothing about other firms.
 * Staff read everything but do not edit profiles.
 */
export function assertCanEditFirm(actor: FirmActor, firmId: string): void {
  if (isStaff(actor)) throw new ForbiddenException('Program staff can read firm profiles but not edit them');
  if (actor.firmId !== firmId) throw new ForbiddenException('You can only edit your own firm');
  if (!can(actor.role, 'firm:update-own'))
    throw new ForbiddenException('Only your firm admin can edit the firm profile');
}

/** Edit check + existence (404), optionally locking the firm row to serialise concurrent writes. */
export async function findEditableFirm(
  manager: EntityManager,
  actor: FirmActor,
  firmId: string,
  lock = false,
): Promise<Firm> {
  assertCanEditFirm(actor, firmId);
  const firm = await manager.findOne(Firm, {
    where: { id: firmId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!firm) throw new NotFoundException('Firm not found');
  return firm;
}

/** The fields a PATCH body actually carried (DTO instances may hold undefined class fields). */
export function definedOnly<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
