import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { User } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { formatEmail, queueEmails, type EmailContent } from '@app/mail';
import type { NotificationInput } from './notification-types';
import { Notification } from './notification.entity';

type Recipient = Pick<User, 'id' | 'email' | 'firmId'> &
  Partial<Pick<User, 'emailNotifications' | 'deactivatedAt'>>;

/** Postgres allows 65535 bind parameters per statement; 1000 rows stay far below. */
const CHUNK = 1000;

/**
 * Writes notifications and their e-mails (through the mail outbox) in the CALLER's transaction, so
 * they exist exactly when the action that caused them committed. Every method is one SELECT of
 * recipients plus one bulk INSERT per table.
 */
@Injectable()
export class NotificationsService {
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.env.PUBLIC_URL ?? `http://localhost:${config.env.PORT}`;
  }

  /** The given users (unknown ids are ignored). Returns the number of notifications created. */
  async notifyUsers(tx: EntityManager, userIds: string[], n: NotificationInput): Promise<number> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return 0;
    return this.deliver(
      tx,
      (
        await this.recipients(tx)
          .where({ id: In(ids) })
          .getMany()
      ).map((user) => ({ user, n })),
    );
  }

  /** Every user of the firm (firm_admin and firm_member). */
  async notifyFirm(tx: EntityManager, firmId: string, n: NotificationInput): Promise<number> {
    return this.notifyFirms(tx, [firmId], n);
  }

  /** Every user of each of the firms, with the same notification. */
  async notifyFirms(tx: EntityManager, firmIds: string[], n: NotificationInput): Promise<number> {
    if (!firmIds.length) return 0;
    const users = await this.recipients(tx)
      .where({ firmId: In([...new Set(firmIds)]) })
      .getMany();
    return this.deliver(
      tx,
      users.map((user) => ({ user, n })),
    );
  }

  async notifyFirmAdmins(tx: EntityManager, firmId: string, n: NotificationInput): Promise<number> {
    return this.notifyFirmAdminsEach(tx, [{ firmId, notification: n }]);
  }

  /** Different notifications for the admins of several firms, still in one SELECT and one INSERT per table. */
  async notifyFirmAdminsEach(
    tx: EntityManager,
    items: { firmId: string; notification: NotificationInput }[],
  ): Promise<number> {
    if (!items.length) return 0;
    const byFirm = new Map(items.map((i) => [i.firmId, i.notification]));
    const admins = await this.recipients(tx)
      .where({ firmId: In([...byFirm.keys()]), role: 'firm_admin' })
      .getMany();
    return this.deliver(
      tx,
      admins.map((user) => ({ user, n: byFirm.get(user.firmId!)! })),
    );
  }

  /** Every staff and admin user. */
  async notifyStaff(tx: EntityManager, n: NotificationInput): Promise<number> {
    const users = await this.recipients(tx)
      .where({ role: In(['staff', 'admin']) })
      .getMany();
    return this.deliver(
      tx,
      users.map((user) => ({ user, n })),
    );
  }

  private recipients(tx: EntityManager) {
    return tx
      .createQueryBuilder(User, 'u')
      .select(['u.id', 'u.email', 'u.firmId', 'u.emailNotifications', 'u.deactivatedAt'])
      .orderBy('u.id');
  }

  private async deliver(
    tx: EntityManager,
    all: { user: Recipient; n: NotificationInput }[],
  ): Promise<number> {
    // Deactivated accounts hear nothing; e-mails only to users who keep notification e-mails on.
    const items = all.filter(({ user }) => !user.deactivatedAt);
    if (!items.length) return 0;
    const notifications: QueryDeepPartialEntity<Notification>[] = items.map(({ user, n }) => ({
      userId: user.id,
      type: n.type,
      titleEn: n.title.en,
      titleKo: n.title.ko,
      bodyEn: n.body.en,
      bodyKo: n.body.ko,
      link: n.link ?? null,
      // jsonb: TypeORM serialises the object; its deep-partial type cannot express `unknown` values.
      data: (n.data ?? {}) as QueryDeepPartialEntity<Notification['data']>,
    }));
    const rendered = new Map<NotificationInput, EmailContent>();
    const render = (n: NotificationInput) =>
      rendered.get(n) ?? rendered.set(n, formatEmail(n, this.baseUrl)).get(n)!;
    for (let i = 0; i < notifications.length; i += CHUNK)
      await tx.insert(Notification, notifications.slice(i, i + CHUNK));
    await queueEmails(
      tx,
      items
        .filter(({ user, n }) => n.email !== false && user.emailNotifications !== false)
        .map(({ user, n }) => ({ to: user.email, ...render(n) })),
    );
    return notifications.length;
  }
}
