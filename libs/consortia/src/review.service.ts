import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isReviewer, type ConsortiumActor } from './consortium-access';
import { ConsortiumDecisionRecord } from './consortium-decision.entity';
import type { ConsortiumDecisionInputDto, ConsortiumOutcomeInputDto } from './consortium-input.dto';
import { ConsortiumNotifier } from './consortium-notifier';
import { loadConsortiumProject } from './consortium-project';
import { canRecordOutcome } from './consortium-state-machine';
import { ConsortiumTeamService } from './consortium-team.service';
import { ConsortiumViewsService, firmsById } from './consortium-views.service';
import { Consortium } from './consortium.entity';
import { OutcomesService } from './outcomes.service';
import type { TeamAssessment } from './consortium-team.service';
import type { ConsortiumDetailDto } from './consortium.dto';

/**
 * Staff review. Each action locks the consortium row and checks the expected status (and, for a
 * decision, the version that was reviewed): of two simultaneous decisions one wins, the other gets 409.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly views: ConsortiumViewsService,
    private readonly notifier: ConsortiumNotifier,
    private readonly outcomes: OutcomesService,
  ) {}

  async start(actor: ConsortiumActor, id: string): Promise<ConsortiumDetailDto> {
    await this.dataSource.transaction(async (tx) => {
      const c = await this.lock(tx, actor, id);
      if (c.status !== 'submitted')
        throw new ConflictException(
          `Only a submitted consortium can be taken into review; this one is ${c.status.replace('_', ' ')}`,
        );
      await this.team.record(tx, c, actor.id, { type: 'review_started', to: 'under_review' });
    });
    return this.views.detail(actor, id);
  }

  async decide(
    actor: ConsortiumActor,
    id: string,
    dto: ConsortiumDecisionInputDto,
  ): Promise<ConsortiumDetailDto> {
    const assessment = await this.dataSource.transaction(async (tx): Promise<TeamAssessment> => {
      const c = await this.lock(tx, actor, id);
      if (c.status !== 'under_review')
        throw new ConflictException(
          `Only a consortium under review can be decided; this one is ${c.status.replace('_', ' ')}`,
        );
      if (c.version !== dto.version) {
        throw new ConflictException(
          `This consortium changed since you loaded it (version ${dto.version}, now ${c.version}); reload and review again`,
        );
      }
      const members = await this.team.members(tx, c.id);
      const assessment = await this.team.assess(await loadConsortiumProject(tx, c.projectId), members);
      const snapshot = this.views.snapshot(
        c,
        members,
        await firmsById(
          tx,
          members.map((m) => m.firmId),
        ),
        assessment,
      );
      // The decision lives in its record; the audit event only points at it (history reads it from there).
      const decision = await tx.save(
        tx.create(ConsortiumDecisionRecord, {
          consortiumId: c.id,
          decidedById: actor.id,
          decision: dto.decision,
          reason: dto.reason,
          checklist: { ...dto.checklist },
          snapshot: snapshot as unknown as Record<string, unknown>,
        }),
      );
      await this.team.record(
        tx,
        c,
        actor.id,
        { type: 'decided', to: dto.decision, data: { decisionId: decision.id } },
        { decidedAt: new Date() },
      );
      const firms = members.filter((m) => m.status === 'accepted').map((m) => m.firmId);
      await this.notifier.decided(tx, c, firms, dto.decision, dto.reason);
      return assessment;
    });
    return this.views.detail(actor, id, assessment);
  }

  async outcome(
    actor: ConsortiumActor,
    id: string,
    dto: ConsortiumOutcomeInputDto,
  ): Promise<ConsortiumDetailDto> {
    await this.dataSource.transaction(async (tx) => {
      const c = await this.lock(tx, actor, id);
      if (c.status !== 'approved')
        throw new ConflictException(
          `Outcomes are recorded for approved consortia only; this one is ${c.status.replace('_', ' ')}`,
        );
      if (!canRecordOutcome(c.status, c.outcome, dto.outcome)) {
        throw new ConflictException(
          `The outcome is already ${c.outcome?.replace('_', ' ')} and cannot become ${dto.outcome.replace('_', ' ')}`,
        );
      }
      await this.outcomes.recordConfirmed(tx, c, actor.id, dto);
      await this.team.record(
        tx,
        c,
        actor.id,
        {
          type: 'outcome_recorded',
          reason: dto.reason ?? null,
          data: {
            outcome: dto.outcome,
            date: dto.date,
            previous: c.outcome,
            amount: dto.amount ?? null,
            currency: dto.currency ?? null,
          },
        },
        { outcome: dto.outcome, outcomeDate: dto.date },
      );
    });
    return this.views.detail(actor, id);
  }

  private async lock(tx: EntityManager, actor: ConsortiumActor, id: string): Promise<Consortium> {
    if (!isReviewer(actor)) throw new ForbiddenException('Only program staff review consortia');
    const c = await tx.findOne(Consortium, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new NotFoundException('Consortium not found');
    return c;
  }
}
