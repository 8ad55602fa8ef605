import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TaxonomyService } from '@app/taxonomy';
import {
  assertCanEditFirm,
  definedOnly,
  findEditableFirm,
  findVisibleFirm,
  type FirmActor,
} from './firm-access';
import { FirmEvents } from './firm-events';
import { FirmSolutionDto, type CreateFirmSolutionDto, type UpdateFirmSolutionDto } from './firm-solution.dto';
import { FirmSolution } from './firm-solution.entity';

@Injectable()
export class FirmSolutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: FirmEvents,
  ) {}

  async list(actor: FirmActor, firmId: string): Promise<FirmSolutionDto[]> {
    await findVisibleFirm(this.dataSource.manager, actor, firmId);
    const rows = await this.dataSource.manager.find(FirmSolution, {
      where: { firmId },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => FirmSolutionDto.from(row));
  }

  async create(actor: FirmActor, firmId: string, dto: CreateFirmSolutionDto): Promise<FirmSolutionDto> {
    assertCanEditFirm(actor, firmId);
    await this.assertCodes(dto);
    await findEditableFirm(this.dataSource.manager, actor, firmId);
    const m = this.dataSource.manager;
    const saved = await m.save(m.create(FirmSolution, { ...definedOnly(dto), firmId }));
    this.events.emit(firmId);
    return FirmSolutionDto.from(await m.findOneByOrFail(FirmSolution, { id: saved.id }));
  }

  async update(
    actor: FirmActor,
    firmId: string,
    solutionId: string,
    dto: UpdateFirmSolutionDto,
  ): Promise<FirmSolutionDto> {
    assertCanEditFirm(actor, firmId);
    await this.assertCodes(dto);
    const updated = await this.dataSource.transaction(async (tx) => {
      const solution = await this.findOwn(tx, actor, firmId, solutionId);
      Object.assign(solution, definedOnly(dto));
      await tx.save(solution);
      return FirmSolutionDto.from(await tx.findOneByOrFail(FirmSolution, { id: solutionId }));
    });
    this.events.emit(firmId);
    return updated;
  }

  async remove(actor: FirmActor, firmId: string, solutionId: string): Promise<void> {
    assertCanEditFirm(actor, firmId);
    await this.dataSource.transaction(async (tx) => {
      await this.findOwn(tx, actor, firmId, solutionId);
      await tx.delete(FirmSolution, { id: solutionId, firmId });
    });
    this.events.emit(firmId);
  }

  /** A solution of another firm answers 404, like a missing one. */
  private async findOwn(
    tx: EntityManager,
    actor: FirmActor,
    firmId: string,
    solutionId: string,
  ): Promise<FirmSolution> {
    await findEditableFirm(tx, actor, firmId);
    const solution = await tx.findOne(FirmSolution, {
      where: { id: solutionId, firmId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!solution) throw new NotFoundException('Solution not found');
    return solution;
  }

  private async assertCodes(dto: UpdateFirmSolutionDto): Promise<void> {
    if (dto.capabilityCodes?.length) {
      await this.taxonomy.assertCodes(
        'capability',
        dto.capabilityCodes.map((code, i) => ({ field: `capabilityCodes[${i}]`, code })),
      );
    }
  }
}
