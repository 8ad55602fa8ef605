import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { offsetOf } from '@app/database';
import { findVisibleConsortium, type ConsortiumActor } from './consortium-access';
import { ConsortiumEvent } from './consortium-event.entity';
import { usersById } from './consortium-views.service';
import type { ConsortiumHistoryDto } from './consortium.dto';
import type { ConsortiumHistoryQueryDto } from './list-consortia.query';

/** The append-only audit trail, oldest first, for whoever may see the consortium. */
@Injectable()
export class ConsortiumHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    actor: ConsortiumActor,
    id: string,
    query: ConsortiumHistoryQueryDto,
  ): Promise<ConsortiumHistoryDto> {
    const m = this.dataSource.manager;
    await findVisibleConsortium(m, actor, id);
    const [rows, total] = await m.findAndCount(ConsortiumEvent, {
      where: { consortiumId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    const users = await usersById(
      m,
      rows.map((r) => r.actorId),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        type: r.type,
        actor: (r.actorId && users.get(r.actorId)) || null,
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        reason: r.reason,
        data: r.data,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }
}
