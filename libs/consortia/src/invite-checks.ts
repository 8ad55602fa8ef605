import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import type { FieldError } from '@app/common';
import type { TaxonomyService } from '@app/taxonomy';
import { ConsortiumMember } from './consortium-member.entity';
import { LIVE_MEMBER_STATUSES } from './consortium-state-machine';
import { firmsById } from './consortium-views.service';

export const LIVE_SEAT_INDEX = 'ux_consortium_members_project_firm';
export const ALREADY_IN_CONSORTIUM = 'This firm is already in another consortium for this project';

export interface InviteInput {
  firmId: string;
  role: string;
  /** Field name for error details, e.g. `members[2]` or '' for a single invitation body. */
  field: string;
}

const at = (field: string, name: string) => (field ? `${field}.${name}` : name);

/** Role codes must exist in the taxonomy; `lead` belongs to the lead firm alone. */
export async function assertMemberRoles(
  taxonomy: TaxonomyService,
  invites: Pick<InviteInput, 'role' | 'field'>[],
): Promise<void> {
  await taxonomy.assertCodes(
    'role',
    invites.map((i) => ({ field: at(i.field, 'role'), code: i.role })),
  );
  const leads = invites.filter((i) => i.role === 'lead');
  if (leads.length) {
    throw new BadRequestException({
      message: 'The role lead is reserved for the lead firm',
      details: leads.map((i) => ({
        field: at(i.field, 'role'),
        message: 'choose a partner role; lead is the lead firm',
      })),
    });
  }
}

/**
 * Invited firms exist, are verified, are not the lead and hold no live seat for the project yet.
 * The seat check gives a clear answer; the partial unique index still decides races.
 */
export async function assertInvitableFirms(
  tx: EntityManager,
  projectId: string,
  leadFirmId: string,
  invites: InviteInput[],
): Promise<void> {
  const firms = await firmsById(
    tx,
    invites.map((i) => i.firmId),
  );
  const fail = (status: 'not_found' | 'unprocessable' | 'bad', message: string, details: FieldError[]) => {
    if (!details.length) return;
    if (status === 'not_found') throw new NotFoundException({ message, details });
    if (status === 'bad') throw new BadRequestException({ message, details });
    throw new UnprocessableEntityException({ message, details });
  };
  const firmField = (i: InviteInput) => at(i.field, 'firmId');
  fail(
    'bad',
    'The lead firm is already in the consortium',
    invites
      .filter((i) => i.firmId === leadFirmId)
      .map((i) => ({ field: firmField(i), message: 'the lead firm cannot invite itself' })),
  );
  fail(
    'not_found',
    'Firm not found',
    invites
      .filter((i) => !firms.has(i.firmId))
      .map((i) => ({ field: firmField(i), message: `no firm ${i.firmId}` })),
  );
  fail(
    'unprocessable',
    'Only verified firms can be invited',
    invites
      .filter((i) => firms.get(i.firmId)!.verificationStatus !== 'verified')
      .map((i) => ({ field: firmField(i), message: `${firms.get(i.firmId)!.name} is not verified yet` })),
  );
  const seated = await tx.find(ConsortiumMember, {
    select: { firmId: true },
    where: { projectId, firmId: In(invites.map((i) => i.firmId)), status: In([...LIVE_MEMBER_STATUSES]) },
  });
  const taken = new Set(seated.map((s) => s.firmId));
  const conflicts = invites.filter((i) => taken.has(i.firmId));
  if (conflicts.length) {
    throw new ConflictException({
      message:
        conflicts.length === 1
          ? ALREADY_IN_CONSORTIUM
          : `${conflicts.length} firms are already in another consortium for this project`,
      details: conflicts.map((i) => ({
        field: firmField(i),
        message: `${firms.get(i.firmId)!.name} is already in another consortium for this project`,
      })),
    });
  }
}

/** A lost race on the live-seat index becomes the same 409 as the friendly check above. */
export function rethrowSeatConflict(e: unknown, message = ALREADY_IN_CONSORTIUM, field = 'firmId'): never {
  const driver = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  if (e instanceof QueryFailedError && driver?.code === '23505' && driver.constraint === LIVE_SEAT_INDEX) {
    throw new ConflictException({ message, details: [{ field, message }] });
  }
  throw e;
}

export const expiryFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000);
