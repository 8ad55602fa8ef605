import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const TAXONOMY_TERM_KINDS = [
  'role',
  'firm_size',
  'firm_type',
  'project_track',
  'financing_source',
  'ladder_stage',
] as const;
export type TaxonomyTermKind = (typeof TAXONOMY_TERM_KINDS)[number];

@Entity('capability_domains')
export class CapabilityDomain {
  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('int', { name: 'sort_order' })
  sortOrder: number;
}

@Entity('capabilities')
export class Capability {
  @PrimaryColumn('text')
  code: string;

  @Index('ix_capabilities_domain_code')
  @Column('text', { name: 'domain_code' })
  domainCode: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('int', { name: 'sort_order' })
  sortOrder: number;
}

/** Roles, firm sizes and types, project tracks, financing sources and export-ladder stages. */
@Entity('taxonomy_terms')
export class TaxonomyTerm {
  @PrimaryColumn('text')
  kind: TaxonomyTermKind;

  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('int', { name: 'sort_order' })
  sortOrder: number;

  /** Export-ladder stage number (1 entry, 2 pilot, 3 commercialisation). */
  @Column('int', { nullable: true })
  stage: number | null;
}
