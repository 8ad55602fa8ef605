import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Firm `firmId` no longer accepts contact requests or direct messages from `blockedFirmId`. */
@Entity('firm_blocks')
export class FirmBlock {
  @PrimaryColumn('uuid', { name: 'firm_id' })
  firmId: string;

  @PrimaryColumn('uuid', { name: 'blocked_firm_id' })
  blockedFirmId: string;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A user's abuse report on a message; staff are notified. One report per user and message. */
@Entity('message_reports')
@Unique('ux_message_reports_message_reporter', ['messageId', 'reporterId'])
export class MessageReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @Column('uuid', { name: 'reporter_id' })
  reporterId: string;

  @Column('text')
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
