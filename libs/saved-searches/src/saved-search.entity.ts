import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const SAVED_SEARCH_KINDS = ['projects', 'firms'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

export const SAVED_SEARCH_NOTIFY = ['none', 'in_app', 'email_immediate', 'email_weekly'] as const;
export type SavedSearchNotify = (typeof SAVED_SEARCH_NOTIFY)[number];

/** A user's saved list search: the list route's query parameters, and how to hear about new matches. */
@Entity('saved_searches')
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_saved_searches_user_id')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: SavedSearchKind;

  /** The list route's query parameters, validated and normalised (arrays for multi-value filters). */
  @Column('jsonb')
  filters: Record<string, unknown>;

  @Column('text')
  notify: SavedSearchNotify;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One project that matched one saved search. The primary key makes the alert happen once per
 * (search, project), however often the project changes and however many app instances listen.
 * `digest_sent_at` is set by the weekly digest that reported it (email_weekly only).
 */
@Entity('saved_search_matches')
export class SavedSearchMatch {
  @PrimaryColumn('uuid', { name: 'saved_search_id' })
  savedSearchId: string;

  @PrimaryColumn('uuid', { name: 'project_id' })
  projectId: string;

  @CreateDateColumn({ name: 'matched_at', type: 'timestamptz' })
  matchedAt: Date;

  @Column('timestamptz', { name: 'digest_sent_at', nullable: true })
  digestSentAt: Date | null;
}
