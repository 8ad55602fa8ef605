import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One message; `body` is plain text (never rendered as markup). */
@Entity('messages')
@Index('ix_messages_thread_created', ['threadId', 'createdAt'])
@Index('ux_messages_client_id', ['authorUserId', 'clientId'], {
  unique: true,
  where: 'client_id IS NOT NULL',
})
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'thread_id' })
  threadId: string;

  @Column('uuid', { name: 'author_user_id' })
  authorUserId: string;

  @Column('uuid', { name: 'author_firm_id', nullable: true })
  authorFirmId: string | null;

  @Column('text')
  body: string;

  /** The sender's idempotency key: a retried POST returns the first message instead of a copy. */
  @Column('uuid', { name: 'client_id', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
