import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FirmSize, FirmType, VerificationStatus } from '@app/common';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
