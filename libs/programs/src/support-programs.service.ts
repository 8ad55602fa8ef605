import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LADDER_STAGES } from '@app/common';
import { Firm, isFirmVisibleTo, type FirmActor } from '@app/firms';
import { TaxonomyService } from '@app/taxonomy';
import type { ListSupportProgramsQueryDto } from './list-support-programs.query';
import { FirmSupportProgramsDto, SupportProgramDto } from './support-program.dto';
import { SupportProgram } from './support-program.entity';

/** A1→A2→…→A4→B1→…→C4; C4 (and an unknown stage) has no next one. */
export function nextLadderStage(stage: string | null): string | null {
  const i = stage ? LADDER_STAGES.indexOf(stage as (typeof LADDER_STAGES)[number]) : -1;
  return i >= 0 && i < LADDER_STAGES.length - 1 ? LADDER_STAGES[i + 1] : null;
}

@Injectable()
export class SupportProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(query: ListSupportProgramsQueryDto): Promise<SupportProgramDto[]> {
    if (query.sector) await this.taxonomy.assertCodes('domain', [{ field: 'sector', code: query.sector }]);
    return this.find(query.ladderStage ?? null, query.sector ?? null);
  }

  /** Programs for the firm's stage and the next one; the firm follows the usual visibility (404 when hidden). */
  async forFirm(actor: FirmActor, firmId: string): Promise<FirmSupportProgramsDto> {
    const firm = await this.dataSource.manager.findOne(Firm, {
      where: { id: firmId },
      select: { id: true, verificationStatus: true, ladderStage: true },
    });
    if (!firm || !isFirmVisibleTo(actor, firm)) throw new NotFoundException('Firm not found');
    const stage = firm.ladderStage;
    const nextStage = nextLadderStage(stage);
    const [current, next] = await Promise.all([
      stage ? this.find(stage, null) : Promise.resolve([]),
      nextStage ? this.find(nextStage, null) : Promise.resolve([]),
    ]);
    return { stage, nextStage, current, next };
  }

  private async find(ladderStage: string | null, sector: string | null): Promise<SupportProgramDto[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(SupportProgram, 'p')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    // Array containment uses the GIN index on ladder_stages.
    if (ladderStage) qb.andWhere('p.ladder_stages @> ARRAY[:ladderStage]::text[]', { ladderStage });
    if (sector) qb.andWhere('p.sectors @> ARRAY[:sector]::text[]', { sector });
    return (await qb.getMany()).map((row) => SupportProgramDto.from(row));
  }
}
