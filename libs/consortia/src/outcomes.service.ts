import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { can } from '@app/common';
import {
  assertLeadAdmin,
  findVisibleConsortium,
  isReviewer,
  type ConsortiumActor,
} from './consortium-access';
import type { ConsortiumOutcomeInputDto, ReviewOutcomeDto } from './consortium-input.dto';
import { ConsortiumOutcomeRecord } from './consortium-outcome.entity';
import { canRecordOutcome, isFinalOutcome } from './consortium-state-machine';
import { ConsortiumTeamService } from './consortium-team.service';
import { usersById } from './consortium-views.service';
import { Consortium } from './consortium.entity';
import type { ConsortiumOutcomeRecordDto, ConsortiumOutcomesDto } from './consortium.dto';

const OUTCOME_STAGE_INDEX = 'ux_consortium_outcomes_stage';

/** amount/currency belong to a signed contract only: a field-level 400 otherwise. */
export function assertOutcomeFields(dto: ConsortiumOutcomeInputDto): void {
  if (dto.outcome === 'contract_signed') return;
  const extra = (['amount', 'currency'] as const).filter((k) => dto[k] !== undefined);
  if (extra.length)
    throw new BadRequestException({
      message: 'Amount and currency are recorded with a signed contract only',
      details: extra.map((field) => ({ field, message: `${field} is only for contract_signed` })),
    });
}

const notForward = (c: Consortium, next: string) =>
  new ConflictException(
    c.outcome
      ? `The outcome is already ${c.outcome.replace('_', ' ')} and cannot become ${next.replace('_', ' ')}`
      : `Outcomes are recorded for approved consortia only; this one is ${c.status.replace('_', ' ')}`,
  );

/**
 * The outcome sequence: the lead reports a step, staff confirm it (the consortium's outcome then moves
 * on) or reject it with a note. Every change locks the consortium row; a partial unique index keeps one
 * live record per step, so concurrent reports of the same step give one 201 and one 409.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
  ) {}

  async list(actor: ConsortiumActor, id: string): Promise<ConsortiumOutcomesDto> {
    const m = this.dataSource.manager;
    const { consortium: c, viewer } = await findVisibleConsortium(m, actor, id);
    const rows = await m.find(ConsortiumOutcomeRecord, {
      where: { consortiumId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const open = c.status === 'approved' && !isFinalOutcome(c.outcome);
    return {
      current: c.outcome,
      items: await this.toDtos(m, rows),
      canReport: open && viewer.relation === 'lead' && can(actor.role, 'consortium:write-own'),
      canReview: open && viewer.relation === 'staff' && rows.some((r) => r.status === 'reported'),
    };
  }

  async report(
    actor: ConsortiumActor,
    id: string,
    dto: ConsortiumOutcomeInputDto,
  ): Promise<ConsortiumOutcomeRecordDto> {
    assertOutcomeFields(dto);
    const rowId = await this.dataSource
      .transaction(async (tx) => {
        const { consortium: c, viewer } = await findVisibleConsortium(tx, actor, id, true);
        assertLeadAdmin(actor, viewer, 'report the outcome');
        if (!canRecordOutcome(c.status, c.outcome, dto.outcome)) throw notForward(c, dto.outcome);
        const row = await tx.save(
          tx.create(ConsortiumOutcomeRecord, {
            consortiumId: id,
            stage: dto.outcome,
            date: dto.date,
            amount: dto.amount === undefined ? null : String(dto.amount),
            currency: dto.currency ?? null,
            reason: dto.reason ?? null,
            status: 'reported',
            reportedById: actor.id,
          }),
        );
        await this.team.record(tx, c, actor.id, {
          type: 'outcome_reported',
          reason: dto.reason ?? null,
          data: {
            outcomeId: row.id,
            outcome: dto.outcome,
            date: dto.date,
            amount: dto.amount ?? null,
            currency: dto.currency ?? null,
          },
        });
        return row.id;
      })
      .catch(rethrowStageConflict);
    return this.one(rowId);
  }

  async review(
    actor: ConsortiumActor,
    id: string,
    outcomeId: string,
    dto: ReviewOutcomeDto,
  ): Promise<ConsortiumOutcomeRecordDto> {
    if (!isReviewer(actor)) throw new ForbiddenException('Only program staff confirm outcomes');
    await this.dataSource.transaction(async (tx) => {
      const c = await tx.findOne(Consortium, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const row =
        c &&
        (await tx.findOne(ConsortiumOutcomeRecord, {
          where: { id: outcomeId, consortiumId: id },
          lock: { mode: 'pessimistic_write' },
        }));
      if (!c || !row) throw new NotFoundException('Outcome not found');
      if (row.status !== 'reported') throw new ConflictException(`This outcome is already ${row.status}`);
      const reviewed = { reviewedById: actor.id, reviewedAt: new Date(), reviewNote: dto.note ?? null };
      if (dto.decision === 'rejected') {
        await tx.update(ConsortiumOutcomeRecord, { id: row.id }, { ...reviewed, status: 'rejected' });
        await this.team.record(tx, c, actor.id, {
          type: 'outcome_rejected',
          reason: dto.note ?? null,
          data: { outcomeId: row.id, outcome: row.stage },
        });
        return;
      }
      if (!canRecordOutcome(c.status, c.outcome, row.stage)) throw notForward(c, row.stage);
      await tx.update(ConsortiumOutcomeRecord, { id: row.id }, { ...reviewed, status: 'confirmed' });
      await this.team.record(
        tx,
        c,
        actor.id,
        {
          type: 'outcome_recorded',
          reason: row.reason,
          data: {
            outcomeId: row.id,
            outcome: row.stage,
            date: row.date,
            previous: c.outcome,
            confirmed: true,
          },
        },
        { outcome: row.stage, outcomeDate: row.date },
      );
    });
    return this.one(outcomeId);
  }

  /** Staff record a step directly (the older route): a confirmed record in the same transaction. */
  async recordConfirmed(
    tx: EntityManager,
    c: Consortium,
    actorId: string,
    dto: ConsortiumOutcomeInputDto,
  ): Promise<void> {
    assertOutcomeFields(dto);
    await tx
      .insert(ConsortiumOutcomeRecord, {
        consortiumId: c.id,
        stage: dto.outcome,
        date: dto.date,
        amount: dto.amount === undefined ? null : String(dto.amount),
        currency: dto.currency ?? null,
        reason: dto.reason ?? null,
        status: 'confirmed',
        reportedById: actorId,
        reviewedById: actorId,
        reviewedAt: new Date(),
      })
      .catch(rethrowStageConflict);
  }

  private async one(outcomeId: string): Promise<ConsortiumOutcomeRecordDto> {
    const m = this.dataSource.manager;
    return (await this.toDtos(m, [await m.findOneByOrFail(ConsortiumOutcomeRecord, { id: outcomeId })]))[0];
  }

  private async toDtos(
    m: EntityManager,
    rows: ConsortiumOutcomeRecord[],
  ): Promise<ConsortiumOutcomeRecordDto[]> {
    const users = await usersById(
      m,
      rows.flatMap((r) => [r.reportedById, r.reviewedById]),
    );
    return rows.map((r) => ({
      id: r.id,
      outcome: r.stage,
      date: r.date,
      amount: r.amount === null ? null : Number(r.amount),
      currency: r.currency,
      reason: r.reason,
      status: r.status,
      reportedBy: (r.reportedById && users.get(r.reportedById)) || null,
      reviewedBy: (r.reviewedById && users.get(r.reviewedById)) || null,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      reviewNote: r.reviewNote,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}

function rethrowStageConflict(e: unknown): never {
  const driver = (e as { driverError?: { code?: string; constraint?: string } })?.driverError;
  if (driver?.code === '23505' && driver.constraint === OUTCOME_STAGE_INDEX)
    throw new ConflictException({
      message: 'This step of the outcome is already recorded',
      details: [{ field: 'outcome', message: 'already reported or confirmed' }],
    });
  throw e;
}
