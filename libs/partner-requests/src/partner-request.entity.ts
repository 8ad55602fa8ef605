import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const PARTNER_REQUEST_STATUSES = ['open', 'closed'] as const;
export type PartnerRequestStatus = (typeof PARTNER_REQUEST_STATUSES)[number];

/** "We are looking for a partner who can do X (for project Y, in country Z)", published by a firm. */
@Entity('partner_requests')
@Index('ix_partner_requests_open', ['expiresAt'], { where: "status = 'open'" })
export class PartnerRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_partner_requests_firm')
  @Column('uuid', { name: 'firm_id' })
  firmId: string;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  /** Capability codes sought (taxonomy). */
  @Column('text', { array: true })
  capabilities: string[];

  /** Role code (taxonomy kind `role`) the partner would fill. */
  @Column('text', { nullable: true })
  role: string | null;

  @Column('uuid', { name: 'project_id', nullable: true })
  projectId: string | null;

  @Column('char', { name: 'country_code', length: 2, nullable: true })
  countryCode: string | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('text', { default: 'open' })
  status: PartnerRequestStatus;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A firm whose capabilities fit a request: told in-app at once, and by e-mail in the next digest. */
@Entity('partner_request_matches')
export class PartnerRequestMatch {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId: string;

  @PrimaryColumn('uuid', { name: 'firm_id' })
  firmId: string;

  /** Sought capabilities the firm declares. */
  @Column('int')
  overlap: number;

  @Column('timestamptz', { name: 'digest_sent_at', nullable: true })
  digestSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
