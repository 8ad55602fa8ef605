import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsortiumStatus } from './consortium-state-machine';

export const CONSORTIUM_EVENT_TYPES = [
  'created',
  'member_invited',
  'claim_invite_sent',
  'invitation_accepted',
  'invitation_declined',
  'invitation_expired',
  'invitation_reminder_sent',
  'member_removed',
  'member_role_changed',
  'status_recomputed',
  'submitted',
  'review_started',
  'decided',
  'outcome_reported',
  'outcome_rejected',
  'outcome_recorded',
  'withdrawn',
] as const;
export type ConsortiumEventType = (typeof CONSORTIUM_EVENT_TYPES)[number];

/** Append-only audit trail (the database refuses UPDATEs): one row per transition or membership change. */
@Entity('consortium_events')
@Index('ix_consortium_events_consortium_created', ['consortiumId', 'createdAt', 'id'])
export class ConsortiumEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'consortium_id' })
  consortiumId: string;

  /** Null for the sweeper (expiry, reminders). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text')
  type: ConsortiumEventType;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus: ConsortiumStatus | null;

  @Column('text', { name: 'to_status', nullable: true })
  toStatus: ConsortiumStatus | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
