import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { offsetOf } from '@app/database';
import type { ListNotificationsQueryDto } from './list-notifications.query';
import { NotificationDto, type NotificationPageDto } from './notification.dto';
import { Notification } from './notification.entity';

/** A user's own notifications: every query is scoped by the signed-in user's id. */
@Injectable()
export class NotificationInboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string, query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const m = this.dataSource.manager;
    const where = query.unread ? { userId, readAt: IsNull() } : { userId };
    const [items, counts] = await Promise.all([
      m.find(Notification, {
        where,
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: offsetOf(query),
        take: query.limit,
      }),
      m
        .createQueryBuilder(Notification, 'n')
        .select('count(*)::int', 'all')
        .addSelect('(count(*) FILTER (WHERE n.read_at IS NULL))::int', 'unread')
        .where('n.user_id = :userId', { userId })
        .getRawOne<{ all: number; unread: number }>(),
    ]);
    return {
      items: items.map((row) => NotificationDto.from(row)),
      total: query.unread ? counts!.unread : counts!.all,
      unreadCount: counts!.unread,
      page: query.page,
      limit: query.limit,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager.countBy(Notification, { userId, readAt: IsNull() });
  }

  /** Idempotent; another user's notification answers 404 like a missing one. */
  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    if (!result.affected) throw new NotFoundException('Notification not found');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.manager.update(
      Notification,
      { userId, readAt: IsNull() },
      { readAt: () => 'now()' },
    );
  }
}
