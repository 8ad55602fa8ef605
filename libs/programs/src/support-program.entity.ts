import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('support_programs')
export class SupportProgram {
  /** Stable slug from support-programs.json. */
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'name_ko', nullable: true })
  nameKo: string | null;

  @Column('text', { nullable: true })
  agency: string | null;

  @Column('text', { nullable: true })
  kind: string | null;

  @Column('text', { name: 'ladder_stages', array: true, default: '{}' })
  ladderStages: string[];

  @Column('text', { array: true, default: '{}' })
  sectors: string[];

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  eligibility: string | null;

  @Column('text', { name: 'source_note', nullable: true })
  sourceNote: string | null;
}
