import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConsortiumOutcome, ConsortiumStatus } from './consortium-state-machine';

@Entity('consortia')
export class Consortium {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_consortia_project_id')
  @Column('uuid', { name: 'project_id' })
  projectId: string;

  @Index('ix_consortia_lead_firm_id')
  @Column('uuid', { name: 'lead_firm_id' })
  leadFirmId: string;

  @Column('text')
  name: string;

  @Index('ix_consortia_status')
  @Column('text', { default: 'draft' })
  status: ConsortiumStatus;

  /** Optimistic lock: bumped by every change; staff send the version they reviewed with a decision. */
  @Column('int', { default: 1 })
  version: number;

  @Column('text', { nullable: true })
  outcome: ConsortiumOutcome | null;

  /** A calendar date (YYYY-MM-DD). */
  @Column('date', { name: 'outcome_date', nullable: true })
  outcomeDate: string | null;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
