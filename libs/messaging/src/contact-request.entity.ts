import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CONTACT_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** "May we talk about project X?" from one firm to another; accepting opens a direct thread. */
@Entity('contact_requests')
@Index('ix_contact_requests_to', ['toFirmId', 'createdAt'])
@Index('ix_contact_requests_from', ['fromFirmId', 'createdAt'])
export class ContactRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'from_firm_id' })
  fromFirmId: string;

  @Column('uuid', { name: 'to_firm_id' })
  toFirmId: string;

  @Column('uuid', { name: 'project_id', nullable: true })
  projectId: string | null;

  @Column('text')
  message: string;

  @Column('text', { default: 'pending' })
  status: ContactRequestStatus;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @Column('uuid', { name: 'responded_by_id', nullable: true })
  respondedById: string | null;

  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt: Date | null;

  @Column('uuid', { name: 'thread_id', nullable: true })
  threadId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
