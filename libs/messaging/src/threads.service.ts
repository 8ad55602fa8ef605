import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { offsetOf } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { Message } from './message.entity';
import { MessageThread } from './message-thread.entity';
import type {
  MessagePageDto,
  MessageDto,
  PostMessageDto,
  ThreadPageDto,
  ThreadRefDto,
} from './messaging.dto';
import {
  consortiumAccess,
  findConsortiumOr404,
  threadAccess,
  type MessagingActor,
  type ThreadAccess,
} from './thread-access';

interface Page {
  page: number;
  limit: number;
}

const NOT_FOUND = 'Thread not found';

/** Threads, their messages and read markers. Posting notifies each reader once per unread stretch. */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async consortiumMessages(actor: MessagingActor, consortiumId: string, page: Page): Promise<MessagePageDto> {
    return this.dataSource.transaction(async (tx) => {
      const { thread, access } = await this.consortiumThread(tx, actor, consortiumId);
      return this.readPage(tx, actor, thread, access, page);
    });
  }

  async postToConsortium(
    actor: MessagingActor,
    consortiumId: string,
    dto: PostMessageDto,
  ): Promise<MessageDto> {
    return this.dataSource.transaction(async (tx) => {
      const { thread, access, consortium } = await this.consortiumThread(tx, actor, consortiumId);
      return this.post(tx, actor, thread, access, dto, consortium.name);
    });
  }

  async threadMessages(actor: MessagingActor, threadId: string, page: Page): Promise<MessagePageDto> {
    return this.dataSource.transaction(async (tx) => {
      const { thread, access } = await this.visibleThread(tx, actor, threadId, false);
      return this.readPage(tx, actor, thread, access, page);
    });
  }

  async postToThread(actor: MessagingActor, threadId: string, dto: PostMessageDto): Promise<MessageDto> {
    return this.dataSource.transaction(async (tx) => {
      const { thread, access } = await this.visibleThread(tx, actor, threadId, true);
      const title = await this.threadTitle(tx, thread);
      return this.post(tx, actor, thread, access, dto, title);
    });
  }

  /** The caller firm's threads (direct ones and those of consortia it leads or sits in), latest first. */
  async list(actor: MessagingActor, page: Page): Promise<ThreadPageDto> {
    if (!actor.firmId) return { items: [], total: 0, unreadCount: 0, ...page };
    const visible = `
      SELECT t.* FROM message_threads t
      WHERE (t.kind = 'direct' AND $1 IN (t.firm_a_id, t.firm_b_id))
         OR (t.kind = 'consortium' AND EXISTS (
              SELECT 1 FROM consortia c WHERE c.id = t.consortium_id AND (c.lead_firm_id = $1 OR EXISTS (
                SELECT 1 FROM consortium_members m
                WHERE m.consortium_id = c.id AND m.firm_id = $1 AND m.status = 'accepted'))))`;
    const unread = `(SELECT count(*)::int FROM messages m
        LEFT JOIN thread_reads r ON r.thread_id = m.thread_id AND r.user_id = $2
        WHERE m.thread_id = v.id AND m.author_user_id <> $2
          AND m.created_at > coalesce(r.last_read_at, '-infinity'))`;
    const [{ total, unread_count }] = await this.dataSource.query<{ total: number; unread_count: number }[]>(
      `WITH v AS (${visible}) SELECT count(*)::int AS total, coalesce(sum(${unread}), 0)::int AS unread_count FROM v`,
      [actor.firmId, actor.id],
    );
    const rows = await this.dataSource.query<Record<string, string | number | Date | null>[]>(
      `WITH v AS (${visible})
       SELECT v.id, v.kind, v.consortium_id, v.project_id, v.last_message_at,
              c.name AS consortium_name, p.title AS project_title, p.title_ko AS project_title_ko,
              f.id AS other_id, f.name AS other_name, f.name_ko AS other_name_ko,
              (SELECT body FROM messages m WHERE m.thread_id = v.id ORDER BY created_at DESC, id DESC LIMIT 1) AS last_body,
              ${unread} AS unread
       FROM v
       LEFT JOIN consortia c ON c.id = v.consortium_id
       LEFT JOIN projects p ON p.id = coalesce(v.project_id, c.project_id)
       LEFT JOIN firms f ON v.kind = 'direct' AND f.id = CASE WHEN v.firm_a_id = $1 THEN v.firm_b_id ELSE v.firm_a_id END
       ORDER BY v.last_message_at DESC NULLS LAST, v.created_at DESC, v.id
       LIMIT $3 OFFSET $4`,
      [actor.firmId, actor.id, page.limit, offsetOf(page)],
    );
    const items = rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as 'consortium' | 'direct',
      title: (r.consortium_name ?? r.other_name ?? '') as string,
      titleKo: (r.kind === 'direct' ? r.other_name_ko : null) as string | null,
      consortiumId: r.consortium_id as string | null,
      otherFirm: r.other_id
        ? { id: r.other_id as string, name: r.other_name as string, nameKo: r.other_name_ko as string | null }
        : null,
      projectId: r.project_id as string | null,
      projectTitle: (r.project_title ?? null) as string | null,
      lastMessage: r.last_body ? String(r.last_body).slice(0, 200) : null,
      lastMessageAt: r.last_message_at ? (r.last_message_at as Date).toISOString() : null,
      unreadCount: Number(r.unread),
    }));
    return { items, total, unreadCount: unread_count, ...page };
  }

  /** Ensures the consortium's thread exists (created on first use, once even under concurrent calls). */
  private async consortiumThread(tx: EntityManager, actor: MessagingActor, consortiumId: string) {
    const consortium = await findConsortiumOr404(tx, consortiumId);
    const access = await consortiumAccess(tx, actor, consortium);
    if (!access) throw new NotFoundException('Consortium not found');
    await tx.query(
      `INSERT INTO message_threads (kind, consortium_id) VALUES ('consortium', $1)
       ON CONFLICT (consortium_id) WHERE consortium_id IS NOT NULL DO NOTHING`,
      [consortiumId],
    );
    const thread = await tx.findOneOrFail(MessageThread, {
      where: { consortiumId },
      lock: { mode: 'pessimistic_write' },
    });
    return { thread, access, consortium: consortium };
  }

  private async visibleThread(tx: EntityManager, actor: MessagingActor, id: string, lock: boolean) {
    const thread = await tx.findOne(MessageThread, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const access = thread && (await threadAccess(tx, actor, thread));
    if (!thread || !access) throw new NotFoundException(NOT_FOUND);
    return { thread, access };
  }

  private async readPage(
    tx: EntityManager,
    actor: MessagingActor,
    thread: MessageThread,
    access: ThreadAccess,
    page: Page,
  ): Promise<MessagePageDto> {
    const [{ total }] = await tx.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM messages WHERE thread_id = $1`,
      [thread.id],
    );
    const rows = await tx.query<Record<string, string | Date | null>[]>(
      `SELECT m.id, m.thread_id, m.body, m.author_user_id, m.created_at, u.name AS author_name,
              f.id AS firm_id, f.name AS firm_name, f.name_ko AS firm_name_ko
       FROM messages m JOIN users u ON u.id = m.author_user_id LEFT JOIN firms f ON f.id = m.author_firm_id
       WHERE m.thread_id = $1 ORDER BY m.created_at DESC, m.id DESC LIMIT $2 OFFSET $3`,
      [thread.id, page.limit, offsetOf(page)],
    );
    // Opening the newest page reads the thread up to its latest message.
    if (page.page === 1 && rows.length) await this.markRead(tx, thread.id, actor.id, rows[0].id as string);
    return {
      thread: this.ref(thread, access),
      items: rows.map((r) => ({
        id: r.id as string,
        threadId: r.thread_id as string,
        body: r.body as string,
        authorUserId: r.author_user_id as string,
        authorName: r.author_name as string,
        authorFirm: r.firm_id
          ? { id: r.firm_id as string, name: r.firm_name as string, nameKo: r.firm_name_ko as string | null }
          : null,
        mine: r.author_user_id === actor.id,
        createdAt: (r.created_at as Date).toISOString(),
      })),
      total,
      ...page,
    };
  }

  /**
   * Writes one message under the thread's row lock (so order and the "first unread" test are exact), then
   * notifies, in the same transaction, each participant for whom this is the first unread message.
   */
  private async post(
    tx: EntityManager,
    actor: MessagingActor,
    thread: MessageThread,
    access: ThreadAccess,
    dto: PostMessageDto,
    title: string,
  ): Promise<MessageDto> {
    if (!access.canWrite)
      throw new ForbiddenException(
        access.readOnlyReason === 'blocked'
          ? 'Messages between these firms are blocked'
          : 'Program staff read this thread but do not post in it',
      );
    if (dto.clientId) {
      const earlier = await tx.findOne(Message, {
        where: { authorUserId: actor.id, clientId: dto.clientId },
      });
      if (earlier) {
        if (earlier.threadId !== thread.id) throw new ForbiddenException('clientId already used elsewhere');
        return this.toDto(tx, earlier, actor);
      }
    }
    const message = await tx.save(
      tx.create(Message, {
        threadId: thread.id,
        authorUserId: actor.id,
        authorFirmId: actor.firmId,
        body: dto.body,
        clientId: dto.clientId ?? null,
      }),
    );
    await tx.update(MessageThread, { id: thread.id }, { lastMessageAt: message.createdAt });
    const firstUnread = await tx.query<{ id: string }[]>(
      `SELECT u.id FROM users u
       LEFT JOIN thread_reads r ON r.thread_id = $1 AND r.user_id = u.id
       WHERE u.firm_id = ANY($2::uuid[]) AND u.id <> $3
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = $1 AND m.id <> $4
           AND m.author_user_id <> u.id AND m.created_at > coalesce(r.last_read_at, '-infinity'))`,
      [thread.id, access.firmIds, actor.id, message.id],
    );
    await this.notifications.notifyUsers(
      tx,
      firstUnread.map((r) => r.id),
      {
        type: 'message_received',
        title: { en: `New message: ${title}`, ko: `새 메시지: ${title}` },
        body: { en: dto.body.slice(0, 280), ko: dto.body.slice(0, 280) },
        link: `/messages?thread=${thread.id}`,
        data: { threadId: thread.id, consortiumId: thread.consortiumId },
      },
    );
    await this.markRead(tx, thread.id, actor.id, message.id);
    return this.toDto(tx, message, actor);
  }

  /** Read up to and including `messageId` (its timestamp taken in SQL: JS dates would drop the microseconds). */
  private async markRead(
    tx: EntityManager,
    threadId: string,
    userId: string,
    messageId: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO thread_reads (thread_id, user_id, last_read_at)
       SELECT $1, $2, created_at FROM messages WHERE id = $3
       ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_at = greatest(thread_reads.last_read_at, EXCLUDED.last_read_at)`,
      [threadId, userId, messageId],
    );
  }

  private async threadTitle(tx: EntityManager, thread: MessageThread): Promise<string> {
    if (thread.consortiumId) return (await findConsortiumOr404(tx, thread.consortiumId)).name;
    const rows = await tx.query<{ name: string }[]>(
      `SELECT name FROM firms WHERE id = ANY($1::uuid[]) ORDER BY name`,
      [[thread.firmAId, thread.firmBId]],
    );
    return rows.map((r) => r.name).join(' · ');
  }

  private ref(thread: MessageThread, access: ThreadAccess): ThreadRefDto {
    return {
      id: thread.id,
      kind: thread.kind,
      consortiumId: thread.consortiumId,
      canWrite: access.canWrite,
      ...(access.readOnlyReason ? { readOnlyReason: access.readOnlyReason } : {}),
    };
  }

  private async toDto(tx: EntityManager, m: Message, actor: MessagingActor): Promise<MessageDto> {
    const [row] = await tx.query<Record<string, string | null>[]>(
      `SELECT u.name AS author_name, f.id AS firm_id, f.name AS firm_name, f.name_ko AS firm_name_ko
       FROM users u LEFT JOIN firms f ON f.id = $2 WHERE u.id = $1`,
      [m.authorUserId, m.authorFirmId],
    );
    return {
      id: m.id,
      threadId: m.threadId,
      body: m.body,
      authorUserId: m.authorUserId,
      authorName: row?.author_name ?? '',
      authorFirm: row?.firm_id ? { id: row.firm_id, name: row.firm_name!, nameKo: row.firm_name_ko } : null,
      mine: m.authorUserId === actor.id,
      createdAt: m.createdAt.toISOString(),
    };
  }
}
