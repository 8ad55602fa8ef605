import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/common';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; uniqueness is enforced by ux_users_email on lower(email). */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** Null until an invited colleague sets a password. */
  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  @Column('text')
  role: Role;

  @Index('ix_users_firm_id')
  @Column('uuid', { name: 'firm_id', nullable: true })
  firmId: string | null;

  /** Access tokens carry it (claim `pwdv`); tokens from before the last change are refused. */
  @Column('timestamptz', { name: 'password_changed_at', nullable: true })
  passwordChangedAt: Date | null;

  /** Set when the owner opened the e-mailed verification link (or reset the password by e-mail). */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  /** The language the user chose for the interface (and, later, e-mails). */
  @Column('text', { default: 'ko' })
  locale: 'ko' | 'en';

  /** Notification e-mails on or off (account e-mails such as password resets are always sent). */
  @Column('boolean', { name: 'email_notifications', default: true })
  emailNotifications: boolean;

  /** Set by an admin: the account cannot sign in and its tokens stop working. */
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
