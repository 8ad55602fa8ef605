import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far a user has read a thread: messages after `lastReadAt` by others are unread. */
@Entity('thread_reads')
export class ThreadRead {
  @PrimaryColumn('uuid', { name: 'thread_id' })
  threadId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('timestamptz', { name: 'last_read_at' })
  lastReadAt: Date;
}
