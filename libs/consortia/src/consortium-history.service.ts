import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { offsetOf } from '@app/database';
import { findVisibleConsortium, type ConsortiumActor } from './consortium-access';
import { ConsortiumDecisionRecord } from './consortium-decision.entity';
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
    const [users, decisions] = await Promise.all([
      usersById(
        m,
        rows.map((r) => r.actorId),
      ),
      decisionsOf(m, rows),
    ]);
    return {
      items: rows.map((r) => {
        // A `decided` event points at its decision record, which holds reason, decision and checklist.
        const d = decisions.get(r.data.decisionId as string);
        return {
          id: r.id,
          type: r.type,
          actor: (r.actorId && users.get(r.actorId)) || null,
          fromStatus: r.fromStatus,
          toStatus: r.toStatus,
          reason: d ? d.reason : r.reason,
          data: d ? { ...r.data, decision: d.decision, checklist: d.checklist } : r.data,
          createdAt: r.createdAt.toISOString(),
        };
      }),
      total,
      page: query.page,
      limit: query.limit,
    };
  }
}

async function decisionsOf(
  manager: EntityManager,
  events: ConsortiumEvent[],
): Promise<Map<string, ConsortiumDecisionRecord>> {
  const ids = events.flatMap((e) =>
    e.type === 'decided' && typeof e.data.decisionId === 'string' ? [e.data.decisionId] : [],
  );
  if (!ids.length) return new Map();
  const rows = await manager.findBy(ConsortiumDecisionRecord, { id: In(ids) });
  return new Map(rows.map((d) => [d.id, d]));
}
