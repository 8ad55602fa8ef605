import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One refresh token. Tokens of one sign-in share a family; reusing a spent token revokes the family. */
@Entity('refresh_sessions')
export class RefreshSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_refresh_sessions_user_id')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Index('ix_refresh_sessions_family_id')
  @Column('uuid', { name: 'family_id' })
  familyId: string;

  @Index('ux_refresh_sessions_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
