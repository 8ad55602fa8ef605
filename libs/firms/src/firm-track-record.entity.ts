import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('firm_track_records')
export class FirmTrackRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_firm_track_records_firm_id')
  @Column('uuid', { name: 'firm_id' })
  firmId: string;

  @Index('ix_firm_track_records_country_code')
  @Column('char', { name: 'country_code', length: 2 })
  countryCode: string;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { name: 'project_title' })
  projectTitle: string;

  @Column('int', { nullable: true })
  year: number | null;

  /** Consortium role played (taxonomy kind `role`). */
  @Column('text', { nullable: true })
  role: string | null;

  /** numeric(18,2) comes back from pg as a string to keep precision. */
  @Column('numeric', { name: 'contract_amount', precision: 18, scale: 2, nullable: true })
  contractAmount: string | null;

  @Column('char', { name: 'contract_currency', length: 3, nullable: true })
  contractCurrency: string | null;

  @Column('text', { name: 'financing_source', nullable: true })
  financingSource: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
