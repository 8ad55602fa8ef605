import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DeclineReason, MemberStatus } from './consortium-state-machine';

/** A firm's seat in a consortium: the lead (role `lead`, accepted at creation) or an invitation and its answer. */
@Entity('consortium_members')
@Index('ux_consortium_members_project_firm', ['projectId', 'firmId'], {
  unique: true,
  where: "status IN ('invited','accepted')",
})
@Index('ix_consortium_members_pending_expiry', ['expiresAt'], { where: "status = 'invited'" })
export class ConsortiumMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_consortium_members_consortium_id')
  @Column('uuid', { name: 'consortium_id' })
  consortiumId: string;

  /** Copied from the consortium so the partial unique index can keep one live seat per firm per project. */
  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Index('ix_consortium_members_firm_id')
  @Column('uuid', { name: 'firm_id' })
  firmId: string;

  /** Taxonomy kind `role`; `lead` only for the lead firm. */
  @Column('text')
  role: string;

  @Column('text')
  status: MemberStatus;

  @Column('text', { nullable: true })
  message: string | null;

  @Column('uuid', { name: 'invited_by_id', nullable: true })
  invitedById: string | null;

  @Column('timestamptz', { name: 'invited_at', default: () => 'now()' })
  invitedAt: Date;

  /** Null for the lead's own row. */
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt: Date | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  @Column('text', { name: 'decline_note', nullable: true })
  declineNote: string | null;

  @Column('timestamptz', { name: 'reminder_sent_at', nullable: true })
  reminderSentAt: Date | null;
}
