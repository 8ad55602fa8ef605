import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const EMAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** An e-mail waiting to be sent (or sent/failed): written with the action, delivered by OutboxWorker. */
@Entity('email_outbox')
@Index('ix_email_outbox_status_next_attempt', ['status', 'nextAttemptAt'])
export class EmailOutbox {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'to_address' })
  toAddress: string;

  @Column('text')
  subject: string;

  @Column('text', { name: 'text_body' })
  textBody: string;

  @Column('text', { name: 'html_body', nullable: true })
  htmlBody: string | null;

  /** pending → sending → sent, or back to pending with a later next_attempt_at, or failed after MAX_EMAIL_ATTEMPTS. */
  @Column('text', { default: 'pending' })
  status: EmailStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
