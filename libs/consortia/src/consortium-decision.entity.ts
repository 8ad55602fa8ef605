import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsortiumDecision as DecisionValue } from './consortium-state-machine';

export interface DecisionChecklist {
  capabilitiesCovered: boolean;
  smeParticipation: boolean;
  localPartner: boolean;
  financingRoute: boolean;
  eligibility: boolean;
}

/** A staff decision with the team as it was when decided (members, coverage, rule checks). */
@Entity('consortium_decisions')
@Index('ix_consortium_decisions_consortium_id', ['consortiumId', 'createdAt'])
export class ConsortiumDecisionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'consortium_id' })
  consortiumId: string;

  @Column('uuid', { name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Column('text')
  decision: DecisionValue;

  @Column('text')
  reason: string;

  @Column('jsonb')
  checklist: DecisionChecklist;

  @Column('jsonb')
  snapshot: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
