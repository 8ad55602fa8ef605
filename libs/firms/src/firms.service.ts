import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@app/common';
import { FirmSummaryDto } from './firm.dto';
import { Firm } from './firm.entity';
import type { VerifyFirmDto } from './verify-firm.dto';

interface Actor {
  id: string;
  role: Role;
  firmId: string | null;
}

const isStaff = (actor: Actor) => actor.role === 'staff' || actor.role === 'admin';

@Injectable()
export class FirmsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Verified firms are visible to every signed-in user; others only to their members and staff. */
  async get(actor: Actor, id: string): Promise<FirmSummaryDto> {
    const firm = await this.dataSource.manager.findOneBy(Firm, { id });
    const visible = firm && (firm.verificationStatus === 'verified' || firm.id === actor.firmId || isStaff(actor));
    if (!visible) throw new NotFoundException('Firm not found');
    return FirmSummaryDto.from(firm);
  }

  /** Staff decision; the row lock makes two simultaneous decisions apply one after the other. */
  async verify(actor: Actor, id: string, dto: VerifyFirmDto): Promise<FirmSummaryDto> {
    if (!isStaff(actor)) throw new ForbiddenException('Only program staff verify firms');
    return this.dataSource.transaction(async (tx) => {
      const firm = await tx.findOne(Firm, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!firm) throw new NotFoundException('Firm not found');
      firm.verificationStatus = dto.decision;
      firm.verificationReason = dto.reason ?? null;
      firm.verifiedById = actor.id;
      firm.verifiedAt = new Date();
      return FirmSummaryDto.from(await tx.save(firm));
    });
  }
}
