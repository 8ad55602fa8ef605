import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('firm_capabilities')
export class FirmCapability {
  @PrimaryColumn('uuid', { name: 'firm_id' })
  firmId: string;

  @Index('ix_firm_capabilities_capability_code')
  @PrimaryColumn('text', { name: 'capability_code' })
  capabilityCode: string;

  /** 1 basic, 2 proven, 3 leading. */
  @Column('smallint')
  level: number;

  @Column('text', { nullable: true })
  note: string | null;
}
