import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import type { FieldError } from '@app/common';
import type { AppConfig } from '@app/config';
import type { TaxonomyService } from '@app/taxonomy';
import { issueClaimInvite } from '@app/claims';
import { ConsortiumEvent } from './consortium-event.entity';
import { ConsortiumMember } from './consortium-member.entity';
import type { Consortium } from './consortium.entity';
import { LIVE_MEMBER_STATUSES } from './consortium-state-machine';
import { firmsById } from './consortium-views.service';

export const LIVE_SEAT_INDEX = 'ux_consortium_members_project_firm';
export const ALREADY_IN_CONSORTIUM = 'This firm is already in another consortium for this project';

export interface InviteInput {
  firmId: string;
  role: string;
  /** Required for a firm not yet on the platform: where the claim link goes. */
  contactEmail?: string;
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
  fail(
    'bad',
    'A firm that is not on the platform yet needs a contact e-mail',
    invites
      .filter((i) => !firms.get(i.firmId)!.onPlatform && !i.contactEmail)
      .map((i) => ({
        field: at(i.field, 'contactEmail'),
        message: `${firms.get(i.firmId)!.name} is not on the platform yet: give a contact e-mail to invite them`,
      })),
  );
  fail(
    'bad',
    'A firm on the platform is invited through its admins',
    invites
      .filter((i) => firms.get(i.firmId)!.onPlatform && i.contactEmail)
      .map((i) => ({
        field: at(i.field, 'contactEmail'),
        message: `${firms.get(i.firmId)!.name} is on the platform: leave contactEmail out, its admins are notified`,
      })),
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

/** E-mails a claim link for each invitation of a firm not on the platform (in the caller's transaction). */
export async function sendClaimInvites(
  tx: EntityManager,
  c: Consortium,
  actorId: string,
  members: ConsortiumMember[],
  invites: InviteInput[],
  baseUrl: string,
): Promise<void> {
  const withEmail = invites.filter((i) => i.contactEmail);
  if (!withEmail.length) return;
  const [row] = await tx.query<{ lead: string; title: string }[]>(
    `SELECT f.name AS lead, p.title FROM firms f, projects p WHERE f.id = $1 AND p.id = $2`,
    [c.leadFirmId, c.projectId],
  );
  const firms = await firmsById(
    tx,
    withEmail.map((i) => i.firmId),
  );
  for (const i of withEmail) {
    const member = members.find((m) => m.firmId === i.firmId)!;
    const inviteId = await issueClaimInvite(
      tx,
      {
        firmId: i.firmId,
        firmName: firms.get(i.firmId)!.name,
        email: i.contactEmail!,
        invitedById: actorId,
        consortiumId: c.id,
        memberId: member.id,
        leadFirmName: row.lead,
        projectTitle: row.title,
      },
      baseUrl,
    );
    await tx.insert(ConsortiumEvent, {
      consortiumId: c.id,
      actorId,
      type: 'claim_invite_sent',
      fromStatus: c.status,
      toStatus: c.status,
      data: { memberId: member.id, firmId: i.firmId, inviteId },
    });
  }
}

export const expiryFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000);

/** Base of links in e-mails sent without a request at hand (as notifications do). */
export const linkBase = (config: AppConfig) => config.env.PUBLIC_URL ?? `http://localhost:${config.env.PORT}`;
