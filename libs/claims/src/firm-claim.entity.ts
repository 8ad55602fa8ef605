import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The e-mailed invitation to claim a firm profile: only the token's SHA-256 is stored. */
@Entity('firm_claim_invites')
export class FirmClaimInvite {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'firm_id' }) firmId: string;
  /** Lower-cased; the account made through the link gets this address. */
  @Column('text') email: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'consortium_id', nullable: true }) consortiumId: string | null;
  @Column('uuid', { name: 'member_id', nullable: true }) memberId: string | null;
  @Column('uuid', { name: 'invited_by_id', nullable: true }) invitedById: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A person's request to become the admin of a firm profile nobody runs yet; staff decide. */
@Entity('firm_claims')
export class FirmClaim {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'firm_id' }) firmId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'invite_id', nullable: true }) inviteId: string | null;
  @Column('text') email: string;
  /** Evidence for staff: the address's domain is the firm website's (or a subdomain of it). */
  @Column('boolean', { name: 'email_domain_matches' }) emailDomainMatches: boolean;
  @Column('text', { default: 'pending' }) status: ClaimStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'decided_by_id', nullable: true }) decidedById: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export type ClaimEventType =
  'invite_sent' | 'claim_requested' | 'claim_approved' | 'claim_rejected' | 'claim_superseded';

/** Append-only audit trail of the claim flow (a trigger refuses updates). */
@Entity('firm_claim_events')
export class FirmClaimEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'firm_id' }) firmId: string;
  @Column('uuid', { name: 'claim_id', nullable: true }) claimId: string | null;
  @Column('uuid', { name: 'invite_id', nullable: true }) inviteId: string | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text') type: ClaimEventType;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { default: {} }) data: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
