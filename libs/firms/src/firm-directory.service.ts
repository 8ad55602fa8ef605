import { ForbiddenException, Injectable } from '@nestjs/common';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { offsetOf } from '@app/database';
import { TaxonomyService } from '@app/taxonomy';
import { isStaff, type FirmActor } from './firm-access';
import { onPlatformFirmIds, onPlatformSql } from './firm-presence';
import type { FirmListItemDto, FirmListPageDto } from './firm.dto';
import { Firm } from './firm.entity';
import { toFirmListItem } from './firm.mapper';
import type { ListFirmsQueryDto } from './list-firms.query';

/** Must match the expression of the trigram index ix_firms_search_trgm for the planner to use it. */
const TRGM_TEXT = `(coalesce(f.name, '') || ' ' || coalesce(f.name_ko, '') || ' ' || coalesce(f.description, ''))`;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface CapabilityStats {
  firm_id: string;
  count: number;
  top: string[];
}
interface CountryStats {
  firm_id: string;
  countries: string[];
}

@Injectable()
export class FirmDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(actor: FirmActor, query: ListFirmsQueryDto): Promise<FirmListPageDto> {
    if (!isStaff(actor) && query.status?.some((s) => s !== 'verified')) {
      throw new ForbiddenException('Only program staff can list pending or rejected firms');
    }
    if (query.capability?.length) {
      await this.taxonomy.assertCodes(
        'capability',
        query.capability.map((code, i) => ({ field: `capability[${i}]`, code })),
      );
    }
    const qb = this.filtered(actor, query)
      .orderBy('f.name', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .offset(offsetOf(query))
      .limit(query.limit);
    const [firms, total] = await qb.getManyAndCount();
    return { items: await this.itemsOf(firms), total, page: query.page, limit: query.limit };
  }

  private filtered(actor: FirmActor, query: ListFirmsQueryDto): SelectQueryBuilder<Firm> {
    const qb = this.dataSource.manager.createQueryBuilder(Firm, 'f');
    const statuses = isStaff(actor) ? query.status : ['verified'];
    if (statuses?.length) qb.andWhere('f.verification_status IN (:...statuses)', { statuses });
    const q = query.q?.trim();
    if (q) {
      // Words through the tsvector; substrings (Korean has no word stemming in 'simple') through the trigram index.
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`f.search @@ websearch_to_tsquery('simple', :q)`, { q })
            .orWhere(`${TRGM_TEXT} ILIKE :like`, { like: `%${escapeLike(q)}%` }),
        ),
      );
    }
    if (query.size?.length) qb.andWhere('f.size IN (:...sizes)', { sizes: query.size });
    if (query.type?.length) qb.andWhere('f.type IN (:...types)', { types: query.type });
    if (query.ladderStage?.length)
      qb.andWhere('f.ladder_stage IN (:...stages)', { stages: query.ladderStage });
    if (query.sample !== undefined) qb.andWhere('f.is_sample = :sample', { sample: query.sample });
    if (query.onPlatform !== undefined)
      qb.andWhere(query.onPlatform ? onPlatformSql('f.id') : `NOT ${onPlatformSql('f.id')}`);
    if (query.capability?.length) {
      const codes = [...new Set(query.capability)];
      qb.andWhere(
        `f.id IN (SELECT fc.firm_id FROM firm_capabilities fc WHERE fc.capability_code IN (:...codes)
                  GROUP BY fc.firm_id HAVING count(*) = :codeCount)`,
        { codes, codeCount: codes.length },
      );
    }
    if (query.country?.length) {
      qb.andWhere(
        `(f.home_country::text IN (:...countries) OR EXISTS (
            SELECT 1 FROM firm_track_records tr WHERE tr.firm_id = f.id AND tr.country_code::text IN (:...countries)))`,
        { countries: query.country },
      );
    }
    return qb;
  }

  /** Capability counts/top codes and track-record countries for the whole page: two grouped queries. */
  private async itemsOf(firms: Firm[]): Promise<FirmListItemDto[]> {
    if (!firms.length) return [];
    const ids = firms.map((f) => f.id);
    const [capabilities, countries, onPlatform] = await Promise.all([
      this.dataSource.query<CapabilityStats[]>(
        `SELECT firm_id, count(*)::int AS count,
                (array_agg(capability_code ORDER BY level DESC, capability_code))[1:5] AS top
           FROM firm_capabilities WHERE firm_id = ANY($1::uuid[]) GROUP BY firm_id`,
        [ids],
      ),
      this.dataSource.query<CountryStats[]>(
        `SELECT firm_id, array_agg(DISTINCT country_code::text ORDER BY country_code::text) AS countries
           FROM firm_track_records WHERE firm_id = ANY($1::uuid[]) GROUP BY firm_id`,
        [ids],
      ),
      onPlatformFirmIds(this.dataSource.manager, ids),
    ]);
    const capsBy = new Map(capabilities.map((c) => [c.firm_id, c]));
    const countriesBy = new Map(countries.map((c) => [c.firm_id, c.countries]));
    return firms.map((f) =>
      toFirmListItem(f, {
        capabilityCount: capsBy.get(f.id)?.count ?? 0,
        topCapabilities: capsBy.get(f.id)?.top ?? [],
        trackRecordCountries: countriesBy.get(f.id) ?? [],
        onPlatform: onPlatform.has(f.id),
      }),
    );
  }
}
