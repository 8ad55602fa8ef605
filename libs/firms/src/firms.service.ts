import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsService } from '@app/notifications';
import { FirmEvents } from './firm-events';
import { findVisibleFirm, isStaff, type FirmActor } from './firm-access';
import type { FirmVerificationDto, VerifyFirmDto } from './firm-verification.dto';
import { verificationNotice } from './firm-verification-notice';
import type { FirmSummaryDto } from './firm.dto';
import { Firm } from './firm.entity';
import { toFirmSummary, toFirmVerification } from './firm.mapper';

@Injectable()
export class FirmsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: FirmEvents,
    private readonly notifications: NotificationsService,
  ) {}

  /** The short form other features embed; same visibility as the full profile. */
  async get(actor: FirmActor, id: string): Promise<FirmSummaryDto> {
    return toFirmSummary(await findVisibleFirm(this.dataSource.manager, actor, id));
  }

  /** Staff decision; the row lock makes two simultaneous decisions apply one after the other. */
  async verify(actor: FirmActor, id: string, dto: VerifyFirmDto): Promise<FirmVerificationDto> {
    if (!isStaff(actor)) throw new ForbiddenException('Only program staff verify firms');
    const decided = await this.dataSource.transaction(async (tx) => {
      const firm = await tx.findOne(Firm, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!firm) throw new NotFoundException('Firm not found');
      firm.verificationStatus = dto.decision;
      firm.verificationReason = dto.reason ?? null;
      firm.verifiedById = actor.id;
      firm.verifiedAt = new Date();
      const saved = await tx.save(firm);
      await this.notifications.notifyFirm(tx, id, verificationNotice(saved));
      return toFirmVerification(saved);
    });
    this.events.emit(id);
    return decided;
  }
}
