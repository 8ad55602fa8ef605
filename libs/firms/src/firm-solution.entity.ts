import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SolutionMaturity } from '@app/common';

export interface ReferenceSite {
  country: string;
  city?: string | null;
  year?: number | null;
}

@Entity('firm_solutions')
export class FirmSolution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_firm_solutions_firm_id')
  @Column('uuid', { name: 'firm_id' })
  firmId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { name: 'capability_codes', array: true, default: '{}' })
  capabilityCodes: string[];

  @Column('text')
  maturity: SolutionMaturity;

  @Column('text', { array: true, default: '{}' })
  certifications: string[];

  @Column('jsonb', { name: 'reference_sites', default: () => `'[]'` })
  referenceSites: ReferenceSite[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
