import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { offsetOf } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { ContactRequest } from './contact-request.entity';
import { FirmBlock } from './moderation.entity';
import type {
  ContactRequestAcceptedDto,
  ContactRequestCreatedDto,
  ContactRequestPageDto,
  CreateContactRequestDto,
  DeclineContactRequestDto,
  ListContactRequestsQueryDto,
} from './messaging.dto';
import type { MessagingActor } from './thread-access';

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';

/** Firm-to-firm contact requests: pending until the receiving firm accepts (a direct thread opens) or declines. */
@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async create(actor: MessagingActor, dto: CreateContactRequestDto): Promise<ContactRequestCreatedDto> {
    const from = this.ownFirm(actor);
    if (dto.toFirmId === from)
      throw new BadRequestException({
        message: 'Validation failed',
        details: [{ field: 'toFirmId', message: 'toFirmId must be another firm than yours' }],
      });
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [to] = await tx.query<
          {
            name: string;
          }[]
        >(`SELECT id, name FROM firms WHERE id = $1`, [dto.toFirmId]);
        if (!to) throw new NotFoundException('Firm not found');
        const [sender] = await tx.query<
          {
            name: string;
            name_ko: string | null;
          }[]
        >(`SELECT name, name_ko FROM firms WHERE id = $1`, [from]);
        let projectTitle: string | null = null;
        if (dto.projectId) {
          const [p] = await tx.query<
            {
              title: string;
            }[]
          >(`SELECT title FROM projects WHERE id = $1`, [dto.projectId]);
          if (!p) throw new NotFoundException('Project not found');
          projectTitle = p.title;
        }
        if (await tx.exists(FirmBlock, { where: { firmId: dto.toFirmId, blockedFirmId: from } }))
          throw new ForbiddenException('This firm does not accept contact requests from yours');
        const request = await tx.save(
          tx.create(ContactRequest, {
            fromFirmId: from,
            toFirmId: dto.toFirmId,
            projectId: dto.projectId ?? null,
            message: dto.message,
            createdById: actor.id,
          }),
        );
        const about = projectTitle ? ` (${projectTitle})` : '';
        await this.notifications.notifyFirm(tx, dto.toFirmId, {
          type: 'contact_request_received',
          title: {
            en: `${sender.name} would like to talk${about}`,
            ko: `${sender.name_ko ?? sender.name}에서 대화를 요청했습니다${about}`,
          },
          body: { en: dto.message.slice(0, 280), ko: dto.message.slice(0, 280) },
          link: '/messages?tab=requests',
          data: { contactRequestId: request.id, fromFirmId: from, projectId: dto.projectId ?? null },
        });
        return { id: request.id, status: request.status };
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new ConflictException(
          'Your firm already has a pending request to this firm about this project',
        );
      throw e;
    }
  }

  async list(actor: MessagingActor, q: ListContactRequestsQueryDto): Promise<ContactRequestPageDto> {
    const firmId = this.ownFirm(actor);
    const side = q.direction === 'sent' ? 'r.from_firm_id' : 'r.to_firm_id';
    const params: unknown[] = [firmId];
    let where = `${side} = $1`;
    if (q.status) {
      params.push(q.status);
      where += ` AND r.status = $${params.length}`;
    }
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM contact_requests r WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<Record<string, string | Date | null>[]>(
      `SELECT r.*, ff.name AS from_name, ff.name_ko AS from_name_ko, tf.name AS to_name, tf.name_ko AS to_name_ko,
              p.title AS project_title
       FROM contact_requests r JOIN firms ff ON ff.id = r.from_firm_id JOIN firms tf ON tf.id = r.to_firm_id
       LEFT JOIN projects p ON p.id = r.project_id
       WHERE ${where} ORDER BY r.created_at DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, offsetOf(q)],
    );
    return {
      items: rows.map((r) => ({
        id: r.id as string,
        fromFirm: {
          id: r.from_firm_id as string,
          name: r.from_name as string,
          nameKo: r.from_name_ko as string | null,
        },
        toFirm: {
          id: r.to_firm_id as string,
          name: r.to_name as string,
          nameKo: r.to_name_ko as string | null,
        },
        projectId: r.project_id as string | null,
        projectTitle: r.project_title as string | null,
        message: r.message as string,
        status: r.status as 'pending',
        threadId: r.thread_id as string | null,
        createdAt: (r.created_at as Date).toISOString(),
        respondedAt: r.responded_at ? (r.responded_at as Date).toISOString() : null,
      })),
      total,
      page: q.page,
      limit: q.limit,
    };
  }

  /** Opens (or reuses) the direct thread of the two firms for the project; the request's text is its first message. */
  async accept(actor: MessagingActor, id: string): Promise<ContactRequestAcceptedDto> {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pendingForReceiver(tx, actor, id);
      const [a, b] = [request.fromFirmId, request.toFirmId].sort();
      await tx.query(
        `INSERT INTO message_threads (kind, firm_a_id, firm_b_id, project_id) VALUES ('direct', $1, $2, $3)
         ON CONFLICT (firm_a_id, firm_b_id, project_id) WHERE kind = 'direct' DO NOTHING`,
        [a, b, request.projectId],
      );
      const [thread] = await tx.query<{ id: string }[]>(
        `SELECT id FROM message_threads WHERE kind = 'direct' AND firm_a_id = $1 AND firm_b_id = $2
           AND project_id IS NOT DISTINCT FROM $3`,
        [a, b, request.projectId],
      );
      await tx.query(
        `INSERT INTO messages (thread_id, author_user_id, author_firm_id, body, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [thread.id, request.createdById, request.fromFirmId, request.message, request.createdAt],
      );
      await tx.query(`UPDATE message_threads SET last_message_at = now() WHERE id = $1`, [thread.id]);
      await tx.update(
        ContactRequest,
        { id },
        { status: 'accepted', respondedById: actor.id, respondedAt: new Date(), threadId: thread.id },
      );
      await this.tellSender(tx, request, 'accepted', thread.id);
      return { threadId: thread.id };
    });
  }

  async decline(actor: MessagingActor, id: string, dto: DeclineContactRequestDto) {
    return this.dataSource.transaction(async (tx) => {
      const request = await this.pendingForReceiver(tx, actor, id);
      await tx.update(
        ContactRequest,
        { id },
        { status: 'declined', respondedById: actor.id, respondedAt: new Date() },
      );
      await this.tellSender(tx, request, 'declined', null, dto.reason);
      return { id, status: 'declined' as const };
    });
  }

  private async pendingForReceiver(tx: EntityManager, actor: MessagingActor, id: string) {
    const firmId = this.ownFirm(actor);
    const request = await tx.findOne(ContactRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || (request.toFirmId !== firmId && request.fromFirmId !== firmId))
      throw new NotFoundException('Contact request not found');
    if (request.toFirmId !== firmId)
      throw new ForbiddenException('Only the receiving firm answers a request');
    if (request.status !== 'pending')
      throw new ConflictException(`The request was already ${request.status}`);
    return request;
  }

  private async tellSender(
    tx: EntityManager,
    r: ContactRequest,
    status: 'accepted' | 'declined',
    threadId: string | null,
    reason?: string,
  ) {
    const [to] = await tx.query<
      {
        name: string;
        name_ko: string | null;
      }[]
    >(`SELECT name, name_ko FROM firms WHERE id = $1`, [r.toFirmId]);
    const accepted = status === 'accepted';
    await this.notifications.notifyUsers(tx, [r.createdById], {
      type: 'contact_request_answered',
      title: accepted
        ? {
            en: `${to.name} accepted your contact request`,
            ko: `${to.name_ko ?? to.name}에서 대화 요청을 수락했습니다`,
          }
        : {
            en: `${to.name} declined your contact request`,
            ko: `${to.name_ko ?? to.name}에서 대화 요청을 거절했습니다`,
          },
      body: { en: reason ?? '', ko: reason ?? '' },
      link: accepted ? `/messages?thread=${threadId}` : '/messages?tab=requests',
      data: { contactRequestId: r.id, status, threadId },
    });
  }

  private ownFirm(actor: MessagingActor): string {
    if (!actor.firmId) throw new ForbiddenException('Only firm users send and answer contact requests');
    return actor.firmId;
  }
}
