import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { can, type Role } from '@app/common';
import { Consortium } from './consortium.entity';
import { ConsortiumMember } from './consortium-member.entity';
import type { MemberStatus } from './consortium-state-machine';

/** The signed-in user as the consortium services need it (structurally the auth lib's AuthUser). */
export interface ConsortiumActor {
  id: string;
  role: Role;
  firmId: string | null;
}

export const CONSORTIUM_RELATIONS = ['staff', 'lead', 'member', 'invited'] as const;
export type ConsortiumRelation = (typeof CONSORTIUM_RELATIONS)[number];

export interface ConsortiumViewer {
  relation: ConsortiumRelation;
  /** The viewer firm's seat (member row), null for staff. */
  memberId: string | null;
}

export const isReviewer = (actor: ConsortiumActor) => can(actor.role, 'consortium:review');

/** Seats that let a firm see the consortium: a pending invitation, a member, or a member of a withdrawn consortium. */
const VISIBLE_SEATS: MemberStatus[] = ['invited', 'accepted', 'withdrawn'];

/** How the actor relates to the consortium; null when it is none of their business. */
export async function viewerOf(
  manager: EntityManager,
  actor: ConsortiumActor,
  c: Consortium,
): Promise<ConsortiumViewer | null> {
  if (isReviewer(actor)) return { relation: 'staff', memberId: null };
  if (!actor.firmId) return null;
  const seat = await manager.findOne(ConsortiumMember, {
    where: { consortiumId: c.id, firmId: actor.firmId, status: In(VISIBLE_SEATS) },
    order: { invitedAt: 'DESC', id: 'ASC' },
  });
  if (c.leadFirmId === actor.firmId) return { relation: 'lead', memberId: seat?.id ?? null };
  if (!seat) return null;
  return { relation: seat.status === 'invited' ? 'invited' : 'member', memberId: seat.id };
}

/**
 * The consortium when the actor may see it (404 both when it does not exist and when it is hidden,
 * so outsiders learn nothing). With `lock`, the row is locked FOR UPDATE for the caller's transaction.
 */
export async function findVisibleConsortium(
  manager: EntityManager,
  actor: ConsortiumActor,
  id: string,
  lock = false,
): Promise<{ consortium: Consortium; viewer: ConsortiumViewer }> {
  const consortium = await manager.findOne(Consortium, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const viewer = consortium && (await viewerOf(manager, actor, consortium));
  if (!consortium || !viewer) throw new NotFoundException('Consortium not found');
  return { consortium, viewer };
}

/** Team changes, submission and withdrawal belong to the lead firm's admins. */
export function assertLeadAdmin(actor: ConsortiumActor, viewer: ConsortiumViewer, what: string): void {
  if (viewer.relation === 'staff')
    throw new ForbiddenException(`Program staff cannot ${what}; only the lead firm's admin can`);
  if (viewer.relation !== 'lead') throw new ForbiddenException(`Only the lead firm's admin can ${what}`);
  if (!can(actor.role, 'consortium:write-own'))
    throw new ForbiddenException(`Only your firm admin can ${what}`);
}
