import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationType } from './notification-types';

/** One in-app notification of one user (texts in both languages; the reader's UI picks one). */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Index('ix_notifications_user_unread', ['userId', 'createdAt'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** FK users(id) ON DELETE CASCADE (fk_notifications_user). */
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  type: NotificationType;

  @Column('text', { name: 'title_en' })
  titleEn: string;

  @Column('text', { name: 'title_ko' })
  titleKo: string;

  @Column('text', { name: 'body_en' })
  bodyEn: string;

  @Column('text', { name: 'body_ko' })
  bodyKo: string;

  @Column('text', { nullable: true })
  link: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  data: Record<string, unknown>;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
