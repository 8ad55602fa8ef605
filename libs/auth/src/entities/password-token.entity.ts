import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PasswordTokenPurpose = 'set_password' | 'reset_password' | 'verify_email';

/** A one-time token (stored hashed, sent by link): set a password, reset it, or verify the e-mail address. */
@Entity('password_tokens')
export class PasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_password_tokens_user_id')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Index('ux_password_tokens_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text')
  purpose: PasswordTokenPurpose;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
