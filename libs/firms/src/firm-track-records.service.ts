import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TaxonomyService } from '@app/taxonomy';
import { assertCanEditFirm, findEditableFirm, findVisibleFirm, type FirmActor } from './firm-access';
import { FirmEvents } from './firm-events';
import {
  FirmTrackRecordDto,
  type CreateFirmTrackRecordDto,
  type UpdateFirmTrackRecordDto,
} from './firm-track-record.dto';
import { FirmTrackRecord } from './firm-track-record.entity';

const ORDER = { year: { direction: 'DESC', nulls: 'LAST' }, projectTitle: 'ASC', id: 'ASC' } as const;

/** DTO fields → entity columns; only the fields the body carried. */
function columnsOf(dto: UpdateFirmTrackRecordDto): Partial<FirmTrackRecord> {
  const { contractValue, ...rest } = dto;
  const columns: Partial<FirmTrackRecord> = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  );
  if (contractValue !== undefined) {
    columns.contractAmount = contractValue ? String(contractValue.amount) : null;
    columns.contractCurrency = contractValue ? contractValue.currency : null;
  }
  return columns;
}

@Injectable()
export class FirmTrackRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: FirmEvents,
  ) {}

  async list(actor: FirmActor, firmId: string): Promise<FirmTrackRecordDto[]> {
    await findVisibleFirm(this.dataSource.manager, actor, firmId);
    const rows = await this.dataSource.manager.find(FirmTrackRecord, { where: { firmId }, order: ORDER });
    return rows.map((row) => FirmTrackRecordDto.from(row));
  }

  async create(actor: FirmActor, firmId: string, dto: CreateFirmTrackRecordDto): Promise<FirmTrackRecordDto> {
    assertCanEditFirm(actor, firmId);
    await this.assertCodes(dto);
    const m = this.dataSource.manager;
    await findEditableFirm(m, actor, firmId);
    const saved = await m.save(m.create(FirmTrackRecord, { ...columnsOf(dto), firmId }));
    this.events.emit(firmId);
    return FirmTrackRecordDto.from(await m.findOneByOrFail(FirmTrackRecord, { id: saved.id }));
  }

  async update(
    actor: FirmActor,
    firmId: string,
    recordId: string,
    dto: UpdateFirmTrackRecordDto,
  ): Promise<FirmTrackRecordDto> {
    assertCanEditFirm(actor, firmId);
    await this.assertCodes(dto);
    const updated = await this.dataSource.transaction(async (tx) => {
      const record = await this.findOwn(tx, actor, firmId, recordId);
      Object.assign(record, columnsOf(dto));
      await tx.save(record);
      return FirmTrackRecordDto.from(await tx.findOneByOrFail(FirmTrackRecord, { id: recordId }));
    });
    this.events.emit(firmId);
    return updated;
  }

  async remove(actor: FirmActor, firmId: string, recordId: string): Promise<void> {
    assertCanEditFirm(actor, firmId);
    await this.dataSource.transaction(async (tx) => {
      await this.findOwn(tx, actor, firmId, recordId);
      await tx.delete(FirmTrackRecord, { id: recordId, firmId });
    });
    this.events.emit(firmId);
  }

  /** A record of another firm answers 404, like a missing one. */
  private async findOwn(
    tx: EntityManager,
    actor: FirmActor,
    firmId: string,
    recordId: string,
  ): Promise<FirmTrackRecord> {
    await findEditableFirm(tx, actor, firmId);
    const record = await tx.findOne(FirmTrackRecord, {
      where: { id: recordId, firmId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw new NotFoundException('Track record not found');
    return record;
  }

  private async assertCodes(dto: UpdateFirmTrackRecordDto): Promise<void> {
    if (dto.role) await this.taxonomy.assertCodes('role', [{ field: 'role', code: dto.role }]);
    if (dto.financingSource)
      await this.taxonomy.assertCodes('financing_source', [
        { field: 'financingSource', code: dto.financingSource },
      ]);
  }
}
