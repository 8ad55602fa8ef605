import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ADMIN_ACTIONS = [
  'staff_created',
  'role_changed',
  'user_deactivated',
  'user_reactivated',
  'sessions_revoked',
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** One admin action on a user account (who, on whom, what, when). Rows are only ever inserted. */
@Entity('admin_audit_events')
export class AdminAuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('uuid', { name: 'target_user_id', nullable: true })
  targetUserId: string | null;

  @Column('text')
  action: AdminAction;

  @Column('jsonb')
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
