import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsService } from '@app/notifications';
import { Message } from './message.entity';
import { MessageThread } from './message-thread.entity';
import { FirmBlock } from './moderation.entity';
import type { BlockedFirmListDto, IdDto } from './messaging.dto';
import { threadAccess, type MessagingActor } from './thread-access';

/** Abuse reports (to staff) and firm-level blocks of contact requests and direct messages. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async report(actor: MessagingActor, messageId: string, reason: string): Promise<IdDto> {
    return this.dataSource.transaction(async (tx) => {
      const message = await tx.findOne(Message, { where: { id: messageId } });
      const thread = message && (await tx.findOne(MessageThread, { where: { id: message.threadId } }));
      if (!message || !thread || !(await threadAccess(tx, actor, thread)))
        throw new NotFoundException('Message not found');
      const inserted = await tx.query<{ id: string }[]>(
        `INSERT INTO message_reports (message_id, reporter_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT ux_message_reports_message_reporter DO NOTHING RETURNING id`,
        [messageId, actor.id, reason],
      );
      if (!inserted.length) throw new ConflictException('You already reported this message');
      await this.notifications.notifyStaff(tx, {
        type: 'message_reported',
        title: { en: 'A message was reported', ko: '신고된 메시지가 있습니다' },
        body: {
          en: `${reason}\n---\n${message.body.slice(0, 500)}`,
          ko: `${reason}\n---\n${message.body.slice(0, 500)}`,
        },
        data: { messageId, threadId: thread.id, reportId: inserted[0].id },
      });
      return { id: inserted[0].id };
    });
  }

  async block(actor: MessagingActor, firmId: string): Promise<void> {
    const own = actor.firmId!;
    if (firmId === own)
      throw new BadRequestException({
        message: 'Validation failed',
        details: [{ field: 'firmId', message: 'You cannot block your own firm' }],
      });
    const [firm] = await this.dataSource.query<unknown[]>(`SELECT id FROM firms WHERE id = $1`, [firmId]);
    if (!firm) throw new NotFoundException('Firm not found');
    await this.dataSource.query(
      `INSERT INTO firm_blocks (firm_id, blocked_firm_id, created_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [own, firmId, actor.id],
    );
  }

  async unblock(actor: MessagingActor, firmId: string): Promise<void> {
    await this.dataSource.getRepository(FirmBlock).delete({ firmId: actor.firmId!, blockedFirmId: firmId });
  }

  async blocked(actor: MessagingActor): Promise<BlockedFirmListDto> {
    const rows = await this.dataSource.query<{ id: string; name: string; name_ko: string | null }[]>(
      `SELECT f.id, f.name, f.name_ko FROM firm_blocks b JOIN firms f ON f.id = b.blocked_firm_id
       WHERE b.firm_id = $1 ORDER BY f.name`,
      [actor.firmId],
    );
    return { items: rows.map((r) => ({ id: r.id, name: r.name, nameKo: r.name_ko })) };
  }
}
