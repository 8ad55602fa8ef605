import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { And, DataSource, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ConsortiumEvent } from './consortium-event.entity';
import { ConsortiumMember } from './consortium-member.entity';
import { ConsortiumNotifier } from './consortium-notifier';
import { ConsortiumTeamService } from './consortium-team.service';
import { Consortium } from './consortium.entity';

export interface SweepResult {
  expired: number;
  reminded: number;
}

const BATCH = 200;

/**
 * Expires invitations past their date (telling the lead, re-deriving the team state) and sends one
 * reminder to invitations entering the reminder window. Each invitation is handled in its own
 * transaction under the consortium row lock, so a sweep never races an accept, and two app
 * instances sweeping at once do each invitation once (the status / reminder_sent_at re-check).
 */
@Injectable()
export class InvitationSweeperService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(InvitationSweeperService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepResult>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly notifier: ConsortiumNotifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.env.SWEEP_INTERVAL_MS;
    if (every > 0) {
      this.timer = setInterval(
        () =>
          void this.sweep().catch((e: Error) =>
            this.logger.error(`Invitation sweep failed: ${e.message}`, e.stack),
          ),
        every,
      );
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass; overlapping calls share the pass in progress. */
  sweep(now = new Date()): Promise<SweepResult> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(now: Date): Promise<SweepResult> {
    const m = this.dataSource.manager;
    const due = await m.find(ConsortiumMember, {
      select: { id: true, consortiumId: true },
      where: { status: 'invited', expiresAt: LessThanOrEqual(now) },
      order: { expiresAt: 'ASC', id: 'ASC' },
      take: BATCH,
    });
    let expired = 0;
    for (const d of due) if (await this.expire(d.consortiumId, d.id, now)) expired++;

    const windowEnd = new Date(now.getTime() + this.config.env.INVITATION_REMINDER_HOURS * 3_600_000);
    const soon = await m.find(ConsortiumMember, {
      select: { id: true, consortiumId: true },
      where: {
        status: 'invited',
        reminderSentAt: IsNull(),
        expiresAt: And(MoreThan(now), LessThanOrEqual(windowEnd)),
      },
      order: { expiresAt: 'ASC', id: 'ASC' },
      take: BATCH,
    });
    let reminded = 0;
    for (const s of soon) if (await this.remind(s.consortiumId, s.id, now, windowEnd)) reminded++;
    if (expired || reminded) this.logger.log(`Invitations: ${expired} expired, ${reminded} reminded`);
    return { expired, reminded };
  }

  private expire(consortiumId: string, memberId: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const c = await tx.findOne(Consortium, {
        where: { id: consortiumId },
        lock: { mode: 'pessimistic_write' },
      });
      const member = await tx.findOne(ConsortiumMember, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c || !member || member.status !== 'invited' || !member.expiresAt || member.expiresAt > now)
        return false;
      await tx.update(ConsortiumMember, { id: member.id }, { status: 'expired' });
      await this.team.recompute(tx, c, null, {
        type: 'invitation_expired',
        data: { memberId, firmId: member.firmId },
      });
      await this.notifier.answered(tx, c, { ...member, status: 'expired' });
      return true;
    });
  }

  private remind(consortiumId: string, memberId: string, now: Date, windowEnd: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const c = await tx.findOne(Consortium, {
        where: { id: consortiumId },
        lock: { mode: 'pessimistic_write' },
      });
      const member = await tx.findOne(ConsortiumMember, {
        where: { id: memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c || !member || member.status !== 'invited' || member.reminderSentAt || !member.expiresAt)
        return false;
      if (member.expiresAt <= now || member.expiresAt > windowEnd) return false;
      await tx.update(ConsortiumMember, { id: member.id }, { reminderSentAt: now });
      // A reminder changes no status, so it is an event without a version bump.
      await tx.insert(ConsortiumEvent, {
        consortiumId,
        actorId: null,
        type: 'invitation_reminder_sent',
        fromStatus: c.status,
        toStatus: c.status,
        data: { memberId, firmId: member.firmId },
      });
      await this.notifier.reminded(tx, c, member);
      return true;
    });
  }
}
