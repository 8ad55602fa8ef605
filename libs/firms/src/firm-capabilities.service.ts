import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaxonomyService } from '@app/taxonomy';
import { assertCanEditFirm, findEditableFirm, type FirmActor } from './firm-access';
import { FirmCapabilityDto, type ReplaceFirmCapabilitiesDto } from './firm-capability.dto';
import { FirmCapability } from './firm-capability.entity';
import { FirmEvents } from './firm-events';
import { Firm } from './firm.entity';

@Injectable()
export class FirmCapabilitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: FirmEvents,
  ) {}

  /** Replaces the whole set: either every row changes or none (one transaction, firm row locked). */
  async replace(
    actor: FirmActor,
    firmId: string,
    dto: ReplaceFirmCapabilitiesDto,
  ): Promise<FirmCapabilityDto[]> {
    assertCanEditFirm(actor, firmId);
    const entries = dto.capabilities.map((c, i) => ({ field: `capabilities[${i}].code`, code: c.code }));
    const seen = new Set<string>();
    const duplicates = entries.filter((e) => seen.size === seen.add(e.code).size);
    if (duplicates.length) {
      throw new BadRequestException({
        message: `Each capability may appear once: ${[...new Set(duplicates.map((d) => d.code))].join(', ')}`,
        details: duplicates.map((d) => ({
          field: d.field,
          message: `duplicate capability code "${d.code}"`,
        })),
      });
    }
    await this.taxonomy.assertCodes('capability', entries);

    const rows = await this.dataSource.transaction(async (tx) => {
      await findEditableFirm(tx, actor, firmId, true);
      await tx.delete(FirmCapability, { firmId });
      if (dto.capabilities.length) {
        await tx.insert(
          FirmCapability,
          dto.capabilities.map((c) => ({
            firmId,
            capabilityCode: c.code,
            level: c.level,
            note: c.note || null,
          })),
        );
      }
      await tx.update(Firm, { id: firmId }, { updatedAt: new Date() });
      return tx.find(FirmCapability, { where: { firmId }, order: { level: 'DESC', capabilityCode: 'ASC' } });
    });
    this.events.emit(firmId);
    return rows.map((row) => FirmCapabilityDto.from(row));
  }
}
