import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmployeesBand, FirmSize, FirmType, VerificationStatus } from '@app/common';

@Entity('firms')
export class Firm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'name_ko', nullable: true })
  nameKo: string | null;

  @Column('text')
  size: FirmSize;

  @Column('text')
  type: FirmType;

  @Column('char', { name: 'home_country', length: 2 })
  homeCountry: string;

  @Index('ix_firms_verification_status')
  @Column('text', { name: 'verification_status', default: 'pending' })
  verificationStatus: VerificationStatus;

  @Column('text', { name: 'verification_reason', nullable: true })
  verificationReason: string | null;

  @Column('uuid', { name: 'verified_by_id', nullable: true })
  verifiedById: string | null;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { name: 'employees_band', nullable: true })
  employeesBand: EmployeesBand | null;

  @Column('int', { name: 'founded_year', nullable: true })
  foundedYear: number | null;

  /** Export-ladder stage A1–C4 (taxonomy kind `ladder_stage`). */
  @Column('text', { name: 'ladder_stage', nullable: true })
  ladderStage: string | null;

  @Column('text', { name: 'target_countries', array: true, default: '{}' })
  targetCountries: string[];

  /**
   * Corporate group (common controlling owner), e.g. "Samsung Group"; null when none is public.
   * Firms of one group are related in the matching collaboration graph.
   */
  @Column('text', { name: 'corporate_group', nullable: true })
  corporateGroup: string | null;

  /** Consortium roles the firm can play (taxonomy kind `role`). */
  @Column('text', { array: true, default: '{}' })
  roles: string[];

  /** Synthetic demo firm: always labelled as sample data in the UI. */
  @Column('boolean', { name: 'is_sample', default: false })
  isSample: boolean;

  /** Id of the source record in libs/demo-data/data/firms.json, for idempotent loading. */
  @Column('text', { name: 'source_ref', nullable: true })
  sourceRef: string | null;

  @Column('text', { name: 'source_note', nullable: true })
  sourceNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
