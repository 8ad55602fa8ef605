import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, type Role } from '@app/common';
import { Consortium, ConsortiumMember } from '@app/consortia';
import { FirmBlock } from './moderation.entity';
import type { MessageThread } from './message-thread.entity';

/** The signed-in user as messaging needs it (structurally the auth lib's AuthUser). */
export interface MessagingActor {
  id: string;
  role: Role;
  firmId: string | null;
}

export interface ThreadAccess {
  /** Firms whose users take part (notified of new messages). */
  firmIds: string[];
  canWrite: boolean;
  /** Why writing is refused, when it is. */
  readOnlyReason?: 'staff' | 'blocked';
}

/**
 * Who may read and write a consortium's thread, decided from the membership at this moment: the lead and
 * accepted members write; a member who left (declined, removed, withdrawn) no longer reads; staff read the
 * thread of a consortium once it was submitted. Null when the actor may not see it (callers answer 404).
 */
export async function consortiumAccess(
  tx: EntityManager,
  actor: MessagingActor,
  consortium: Consortium,
): Promise<ThreadAccess | null> {
  const seats = await tx.find(ConsortiumMember, {
    where: { consortiumId: consortium.id, status: 'accepted' },
    select: { firmId: true },
  });
  const firmIds = [...new Set([consortium.leadFirmId, ...seats.map((s) => s.firmId)])];
  if (can(actor.role, 'consortium:review'))
    return consortium.submittedAt ? { firmIds, canWrite: false, readOnlyReason: 'staff' } : null;
  if (!actor.firmId || !firmIds.includes(actor.firmId)) return null;
  return { firmIds, canWrite: consortium.status !== 'withdrawn' || actor.firmId === consortium.leadFirmId };
}

export async function findConsortiumOr404(tx: EntityManager, id: string): Promise<Consortium> {
  const c = await tx.findOne(Consortium, { where: { id } });
  if (!c) throw new NotFoundException('Consortium not found');
  return c;
}

/** Access to any thread; direct threads belong to their two firms, and a block makes them read-only. */
export async function threadAccess(
  tx: EntityManager,
  actor: MessagingActor,
  thread: MessageThread,
): Promise<ThreadAccess | null> {
  if (thread.kind === 'consortium') {
    const c = await tx.findOne(Consortium, { where: { id: thread.consortiumId! } });
    return c ? consortiumAccess(tx, actor, c) : null;
  }
  const firmIds = [thread.firmAId!, thread.firmBId!];
  if (!actor.firmId || !firmIds.includes(actor.firmId)) return null;
  const blocked = await tx.exists(FirmBlock, {
    where: [
      { firmId: firmIds[0], blockedFirmId: firmIds[1] },
      { firmId: firmIds[1], blockedFirmId: firmIds[0] },
    ],
  });
  return blocked ? { firmIds, canWrite: false, readOnlyReason: 'blocked' } : { firmIds, canWrite: true };
}
