import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ProjectStatus } from '@app/common';

@Entity('projects')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Id of the source record in projects.json, for idempotent demo loading. */
  @Column('text', { name: 'source_ref', nullable: true })
  sourceRef: string | null;

  @Column('text')
  title: string;

  @Column('text', { name: 'title_ko', nullable: true })
  titleKo: string | null;

  @Index('ix_projects_country_code')
  @Column('char', { name: 'country_code', length: 2 })
  countryCode: string;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  program: string | null;

  /** Taxonomy kind `project_track`. */
  @Column('text')
  track: string;

  /** Capability domain codes. */
  @Column('text', { array: true, default: '{}' })
  sectors: string[];

  @Column('text', { nullable: true })
  description: string | null;

  /** numeric comes back from pg as a string to keep precision. */
  @Column('numeric', { name: 'budget_amount', precision: 20, scale: 2, nullable: true })
  budgetAmount: string | null;

  @Column('char', { name: 'budget_currency', length: 3, nullable: true })
  budgetCurrency: string | null;

  /** The budget as the source states it (ranges, caveats). */
  @Column('text', { name: 'budget_text', nullable: true })
  budgetText: string | null;

  /** Taxonomy kind `financing_source`. */
  @Column('text', { array: true, default: '{}' })
  financing: string[];

  @Column('text', { nullable: true })
  client: string | null;

  @Column('text', { nullable: true })
  procurement: string | null;

  @Column('text', { nullable: true })
  period: string | null;

  @Index('ix_projects_status')
  @Column('text')
  status: ProjectStatus;

  @Column('timestamptz', { name: 'submission_deadline', nullable: true })
  submissionDeadline: Date | null;

  @Column('text', { name: 'source_note', nullable: true })
  sourceNote: string | null;

  @Column('text', { name: 'eligibility_notes', array: true, default: '{}' })
  eligibilityNotes: string[];

  /** Taxonomy kind `role`. */
  @Column('text', { name: 'required_roles', array: true, default: '{}' })
  requiredRoles: string[];

  @Column('int', { name: 'min_sme_members', default: 0 })
  minSmeMembers: number;

  @Column('int', { name: 'max_members', nullable: true })
  maxMembers: number | null;

  @Column('boolean', { name: 'local_partner_required', default: false })
  localPartnerRequired: boolean;

  @Column('boolean', { name: 'lead_country_experience', default: false })
  leadCountryExperience: boolean;

  /**
   * Overrides of the rules the financing source and program imply (libs/matching financing-rules):
   * null = as the financing implies (e.g. a Korean lead and majority for EDCF, KOICA, KSP).
   */
  @Column('boolean', { name: 'korean_lead', nullable: true })
  koreanLead: boolean | null;

  @Column('boolean', { name: 'korean_majority', nullable: true })
  koreanMajority: boolean | null;

  /** Roles a firm based outside Korea may take; null = as the financing implies, [] = none. */
  @Column('text', { name: 'foreign_roles_allowed', array: true, nullable: true })
  foreignRolesAllowed: string[] | null;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('project_requirements')
export class ProjectRequirement {
  @PrimaryColumn('uuid', { name: 'project_id' })
  projectId: string;

  @Index('ix_project_requirements_capability_code')
  @PrimaryColumn('text', { name: 'capability_code' })
  capabilityCode: string;

  @Column('smallint')
  weight: number;

  @Column('boolean', { name: 'must_have', default: false })
  mustHave: boolean;
}
