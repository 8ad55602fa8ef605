import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { offsetOf } from '@app/database';
import { ContactRequestsService, type MessagingActor } from '@app/messaging';
import { NotificationsService } from '@app/notifications';
import { TaxonomyService } from '@app/taxonomy';
import { PartnerRequest } from './partner-request.entity';
import type {
  CreatePartnerRequestDto,
  ListPartnerRequestsQueryDto,
  PartnerRequestDto,
  PartnerRequestPageDto,
  PartnerRequestReplyDto,
} from './partner-request.dto';

/** How many fitting firms a new request is announced to (the best fits first). */
export const MAX_FITTING_FIRMS = 50;
const YEAR_MS = 366 * 86_400_000;

type Row = Record<string, unknown>;

/** Partnership requests: publish, browse and filter, close; firms that fit are told; a reply is a contact request. */
@Injectable()
export class PartnerRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly notifications: NotificationsService,
    private readonly contacts: ContactRequestsService,
  ) {}

  async create(actor: MessagingActor, dto: CreatePartnerRequestDto): Promise<PartnerRequestDto> {
    const firmId = this.ownFirm(actor);
    const now = Date.now();
    if (dto.expiresAt.getTime() <= now || dto.expiresAt.getTime() > now + YEAR_MS)
      throw new BadRequestException({
        message: 'Validation failed',
        details: [
          { field: 'expiresAt', message: 'expiresAt must be in the future and at most a year ahead' },
        ],
      });
    const capabilities = [...new Set(dto.capabilities)];
    await this.taxonomy.assertCodes(
      'capability',
      capabilities.map((code, i) => ({ field: `capabilities[${i}]`, code })),
    );
    if (dto.role) await this.taxonomy.assertCodes('role', [{ field: 'role', code: dto.role }]);
    const id = await this.dataSource.transaction(async (tx) => {
      if (dto.projectId && !(await this.exists(tx, 'projects', dto.projectId)))
        throw new NotFoundException('Project not found');
      const saved = await tx.save(
        tx.create(PartnerRequest, {
          firmId,
          createdById: actor.id,
          title: dto.title,
          description: dto.description,
          capabilities,
          role: dto.role ?? null,
          projectId: dto.projectId ?? null,
          countryCode: dto.countryCode ?? null,
          expiresAt: dto.expiresAt,
        }),
      );
      await this.announce(tx, saved);
      return saved.id;
    });
    return this.get(actor, id);
  }

  async list(actor: MessagingActor, q: ListPartnerRequestsQueryDto): Promise<PartnerRequestPageDto> {
    const params: unknown[] = [actor.firmId];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.mine) where.push('r.firm_id = $1');
    else where.push(`r.status = 'open' AND r.expires_at > now()`);
    if (q.capability) add('? = ANY(r.capabilities)', q.capability);
    if (q.country) add('r.country_code = ?', q.country);
    if (q.project) add('r.project_id = ?', q.project);
    if (q.fitsMe)
      where.push(
        'EXISTS (SELECT 1 FROM partner_request_matches m WHERE m.request_id = r.id AND m.firm_id = $1)',
      );
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      // $1 (the caller's firm) types itself here even when no filter uses it.
      `WITH me AS (SELECT $1::uuid AS firm_id) SELECT count(*)::int AS total FROM partner_requests r, me WHERE ${filter}`,
      params,
    );
    const rows = await this.dataSource.query<Row[]>(
      `${this.select()} WHERE ${filter} ORDER BY r.created_at DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit, offsetOf(q)],
    );
    return { items: rows.map((r) => this.toDto(r, actor)), total, page: q.page, limit: q.limit };
  }

  async get(actor: MessagingActor, id: string): Promise<PartnerRequestDto> {
    const [row] = await this.dataSource.query<Row[]>(`${this.select()} WHERE r.id = $2`, [actor.firmId, id]);
    if (!row) throw new NotFoundException('Partner request not found');
    return this.toDto(row, actor);
  }

  async close(actor: MessagingActor, id: string): Promise<PartnerRequestDto> {
    const firmId = this.ownFirm(actor);
    await this.dataSource.transaction(async (tx) => {
      const r = await tx.findOne(PartnerRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw new NotFoundException('Partner request not found');
      if (r.firmId !== firmId) throw new ForbiddenException("Only the publishing firm's admin closes it");
      if (r.status === 'open')
        await tx.update(PartnerRequest, { id }, { status: 'closed', closedAt: new Date() });
    });
    return this.get(actor, id);
  }

  /** A reply is a contact request to the publishing firm about the request's project. */
  async reply(actor: MessagingActor, id: string, message: string): Promise<PartnerRequestReplyDto> {
    const r = await this.get(actor, id);
    if (r.status !== 'open') throw new BadRequestException(`This request is ${r.status}`);
    if (r.mine) throw new ForbiddenException('You cannot reply to your own request');
    const created = await this.contacts.create(actor, {
      toFirmId: r.firm.id,
      ...(r.projectId ? { projectId: r.projectId } : {}),
      message: `Re: ${r.title}\n\n${message}`,
    });
    return { contactRequestId: created.id, status: 'pending' };
  }

  /** Firms (with users, not samples, not the publisher) declaring sought capabilities: recorded and told in-app. */
  private async announce(tx: EntityManager, r: PartnerRequest): Promise<void> {
    const fits = await tx.query<{ firm_id: string; overlap: number }[]>(
      `INSERT INTO partner_request_matches (request_id, firm_id, overlap)
       SELECT $1, fc.firm_id, count(*)::int FROM firm_capabilities fc JOIN firms f ON f.id = fc.firm_id
       WHERE fc.capability_code = ANY($2) AND fc.firm_id <> $3 AND NOT f.is_sample
         AND EXISTS (SELECT 1 FROM users u WHERE u.firm_id = f.id)
       GROUP BY fc.firm_id ORDER BY count(*) DESC, sum(fc.level) DESC, fc.firm_id LIMIT $4
       RETURNING firm_id, overlap`,
      [r.id, r.capabilities, r.firmId, MAX_FITTING_FIRMS],
    );
    if (!fits.length) return;
    const [owner] = await tx.query<{ name: string; name_ko: string | null }[]>(
      `SELECT name, name_ko FROM firms WHERE id = $1`,
      [r.firmId],
    );
    await this.notifications.notifyFirms(
      tx,
      fits.map((f) => f.firm_id),
      {
        type: 'partner_request_match',
        title: {
          en: `${owner.name} seeks a partner: ${r.title}`,
          ko: `${owner.name_ko ?? owner.name}에서 파트너를 찾습니다: ${r.title}`,
        },
        body: { en: r.description.slice(0, 280), ko: r.description.slice(0, 280) },
        link: `/partner-requests?request=${r.id}`,
        data: { partnerRequestId: r.id },
        // E-mail comes in the digest, not once per request.
        email: false,
      },
    );
  }

  private select(): string {
    return `SELECT r.*, f.name AS firm_name, f.name_ko AS firm_name_ko, p.title AS project_title,
              (SELECT m.overlap FROM partner_request_matches m WHERE m.request_id = r.id AND m.firm_id = $1::uuid) AS fit
       FROM partner_requests r JOIN firms f ON f.id = r.firm_id LEFT JOIN projects p ON p.id = r.project_id`;
  }

  private toDto(r: Row, actor: MessagingActor): PartnerRequestDto {
    const expiresAt = r.expires_at as Date;
    const status =
      r.status === 'open' && expiresAt.getTime() <= Date.now() ? 'expired' : (r.status as 'open');
    return {
      id: r.id as string,
      firm: { id: r.firm_id as string, name: r.firm_name as string, nameKo: r.firm_name_ko as string | null },
      title: r.title as string,
      description: r.description as string,
      capabilities: r.capabilities as string[],
      role: r.role as string | null,
      projectId: r.project_id as string | null,
      projectTitle: r.project_title as string | null,
      countryCode: r.country_code as string | null,
      expiresAt: expiresAt.toISOString(),
      status,
      mine: r.firm_id === actor.firmId,
      fit: r.fit === null || r.fit === undefined ? null : Number(r.fit),
      createdAt: (r.created_at as Date).toISOString(),
    };
  }

  private async exists(tx: EntityManager, table: 'projects', id: string): Promise<boolean> {
    return (await tx.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
  }

  private ownFirm(actor: MessagingActor): string {
    if (!actor.firmId) throw new ForbiddenException('Only firm users publish partner requests');
    return actor.firmId;
  }
}
