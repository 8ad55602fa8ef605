import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const THREAD_KINDS = ['consortium', 'direct'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/**
 * A conversation. `consortium` threads belong to one consortium (who may read them follows its
 * membership at every request, so a member who leaves loses access); `direct` threads join two firms
 * after a contact request was accepted.
 */
@Entity('message_threads')
export class MessageThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: ThreadKind;

  @Index('ux_message_threads_consortium', { unique: true, where: 'consortium_id IS NOT NULL' })
  @Column('uuid', { name: 'consortium_id', nullable: true })
  consortiumId: string | null;

  /** Direct threads: the two firms (ordered so the pair is unique per project). */
  @Column('uuid', { name: 'firm_a_id', nullable: true })
  firmAId: string | null;

  @Column('uuid', { name: 'firm_b_id', nullable: true })
  firmBId: string | null;

  @Column('uuid', { name: 'project_id', nullable: true })
  projectId: string | null;

  @Column('timestamptz', { name: 'last_message_at', nullable: true })
  lastMessageAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
