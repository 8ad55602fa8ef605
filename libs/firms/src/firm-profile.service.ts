import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaxonomyService } from '@app/taxonomy';
import {
  assertCanEditFirm,
  definedOnly,
  findEditableFirm,
  findVisibleFirm,
  type FirmActor,
} from './firm-access';
import { FirmCapability } from './firm-capability.entity';
import { FirmEvents } from './firm-events';
import { FirmSolution } from './firm-solution.entity';
import { isFirmOnPlatform } from './firm-presence';
import { FirmTrackRecord } from './firm-track-record.entity';
import type { FirmProfileDto, UpdateFirmProfileDto } from './firm.dto';
import { Firm } from './firm.entity';
import { toFirmProfile } from './firm.mapper';

@Injectable()
export class FirmProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: FirmEvents,
  ) {}

  async get(actor: FirmActor, id: string): Promise<FirmProfileDto> {
    const firm = await findVisibleFirm(this.dataSource.manager, actor, id);
    return this.profileOf(firm);
  }

  async update(actor: FirmActor, id: string, dto: UpdateFirmProfileDto): Promise<FirmProfileDto> {
    assertCanEditFirm(actor, id);
    await this.assertTaxonomy(dto);
    const firm = await this.dataSource.transaction(async (tx) => {
      const current = await findEditableFirm(tx, actor, id, true);
      Object.assign(current, definedOnly(dto));
      return tx.save(current);
    });
    this.events.emit(id);
    return this.profileOf(firm);
  }

  private async assertTaxonomy(dto: UpdateFirmProfileDto): Promise<void> {
    if (dto.ladderStage)
      await this.taxonomy.assertCodes('ladder_stage', [{ field: 'ladderStage', code: dto.ladderStage }]);
    if (dto.roles?.length)
      await this.taxonomy.assertCodes(
        'role',
        dto.roles.map((code, i) => ({ field: `roles[${i}]`, code })),
      );
  }

  /** One query per child table, in parallel. */
  private async profileOf(firm: Firm): Promise<FirmProfileDto> {
    const m = this.dataSource.manager;
    const [capabilities, solutions, trackRecords, onPlatform] = await Promise.all([
      m.find(FirmCapability, { where: { firmId: firm.id }, order: { level: 'DESC', capabilityCode: 'ASC' } }),
      m.find(FirmSolution, { where: { firmId: firm.id }, order: { name: 'ASC', id: 'ASC' } }),
      m.find(FirmTrackRecord, {
        where: { firmId: firm.id },
        order: { year: { direction: 'DESC', nulls: 'LAST' }, projectTitle: 'ASC', id: 'ASC' },
      }),
      isFirmOnPlatform(m, firm.id),
    ]);
    return toFirmProfile(firm, { capabilities, solutions, trackRecords }, onPlatform);
  }
}
