import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsortiumOutcome } from './consortium-state-machine';

export const OUTCOME_RECORD_STATUSES = ['reported', 'confirmed', 'rejected'] as const;
export type OutcomeRecordStatus = (typeof OUTCOME_RECORD_STATUSES)[number];

/** One step of what happened after approval: reported by the lead, confirmed (or rejected) by staff. */
@Entity('consortium_outcomes')
export class ConsortiumOutcomeRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'consortium_id' }) consortiumId: string;
  @Column('text') stage: ConsortiumOutcome;
  /** A calendar date (YYYY-MM-DD). */
  @Column('date') date: string;
  /** numeric(18,2) comes back as a string from pg. */
  @Column('numeric', { precision: 18, scale: 2, nullable: true }) amount: string | null;
  @Column('char', { length: 3, nullable: true }) currency: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text', { default: 'reported' }) status: OutcomeRecordStatus;
  @Column('uuid', { name: 'reported_by_id', nullable: true }) reportedById: string | null;
  @Column('uuid', { name: 'reviewed_by_id', nullable: true }) reviewedById: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
