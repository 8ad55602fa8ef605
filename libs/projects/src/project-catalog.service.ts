import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { offsetOf } from '@app/database';
import { TaxonomyService } from '@app/taxonomy';
import { assertAllCodes } from './assert-codes';
import type { ListProjectsQueryDto, ProjectFiltersDto } from './list-projects.query';
import {
  applyProjectFilters,
  effectiveStatusSql,
  FACET_VALUE,
  FACETS,
  orderProjects,
  type FacetKey,
} from './project-filters';
import { LIST_COLUMNS, toListItem, type ProjectListRow } from './project-mapper';
import type {
  ProjectCountryDto,
  ProjectFacetCountDto,
  ProjectFacetsDto,
  ProjectListDto,
  ProjectListItemDto,
} from './project.dto';
import { Project } from './project.entity';
import { projectsToCsv } from './projects-csv';

export const EXPORT_ROW_LIMIT = 5000;

/** Read side of the catalog: filtered lists with facet counts, the CSV export, per-country summary. */
@Injectable()
export class ProjectCatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(query: ListProjectsQueryDto): Promise<ProjectListDto> {
    await this.assertFilterCodes(query);
    const [items, total, facets] = await Promise.all([
      this.rows(query, query.limit, offsetOf(query)),
      this.filtered(query).getCount(),
      this.facets(query),
    ]);
    return { items, total, page: query.page, limit: query.limit, facets };
  }

  /** A file rather than a string: its headers are set only on success, so errors stay JSON. */
  async exportCsv(filters: ProjectFiltersDto): Promise<StreamableFile> {
    await this.assertFilterCodes(filters);
    const csv = projectsToCsv(await this.rows(filters, EXPORT_ROW_LIMIT, 0));
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="projects.csv"',
    });
  }

  /** Countries that have projects, busiest first. */
  async countries(): Promise<ProjectCountryDto[]> {
    // Constant SQL (no input): per-country counts, then the three most frequent sectors per country.
    const [counts, sectors] = await Promise.all([
      this.dataSource.query<{ code: string; projectCount: number; openCount: number }[]>(`
        SELECT country_code AS code, count(*)::int AS "projectCount", (count(*) FILTER (WHERE ${effectiveStatusSql('projects')} = 'open'))::int AS "openCount"
        FROM projects GROUP BY country_code ORDER BY count(*) DESC, country_code`),
      this.dataSource.query<{ code: string; sector: string }[]>(`
        SELECT code, sector FROM (
          SELECT p.country_code AS code, s.sector,
                 row_number() OVER (PARTITION BY p.country_code ORDER BY count(*) DESC, s.sector) AS rank
          FROM projects p CROSS JOIN LATERAL unnest(p.sectors) AS s(sector)
          GROUP BY p.country_code, s.sector
        ) ranked WHERE rank <= 3 ORDER BY code, rank`),
    ]);
    const top = new Map<string, string[]>();
    for (const { code, sector } of sectors) top.set(code, [...(top.get(code) ?? []), sector]);
    return counts.map((c) => ({ ...c, topSectors: top.get(c.code) ?? [] }));
  }

  private filtered(f: ProjectFiltersDto, except?: FacetKey): SelectQueryBuilder<Project> {
    return applyProjectFilters(this.dataSource.createQueryBuilder(Project, 'p'), f, except);
  }

  private async rows(f: ProjectFiltersDto, limit: number, offset: number): Promise<ProjectListItemDto[]> {
    const qb = this.filtered(f).select([]);
    for (const [expression, alias] of LIST_COLUMNS) qb.addSelect(expression, alias);
    const rows = await orderProjects(qb, f).offset(offset).limit(limit).getRawMany<ProjectListRow>();
    return rows.map(toListItem);
  }

  /** One GROUP BY per facet, each ignoring that facet's own filter. */
  private async facets(f: ProjectFiltersDto): Promise<ProjectFacetsDto> {
    const counts = await Promise.all(FACETS.map((key) => this.facet(f, key)));
    return Object.fromEntries(FACETS.map((key, i) => [key, counts[i]])) as unknown as ProjectFacetsDto;
  }

  private async facet(f: ProjectFiltersDto, key: FacetKey): Promise<ProjectFacetCountDto[]> {
    // Set-returning functions (unnest) cannot be grouped directly: group the subquery's rows instead.
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('v.code', 'code')
      .addSelect('count(DISTINCT v.id)::int', 'count')
      .from(
        (sub) =>
          applyProjectFilters(
            sub.select('p.id', 'id').addSelect(FACET_VALUE[key], 'code').from(Project, 'p'),
            f,
            key,
          ),
        'v',
      )
      .where('v.code IS NOT NULL')
      .groupBy('v.code')
      .orderBy('count', 'DESC')
      .addOrderBy('v.code', 'ASC')
      .getRawMany<{ code: string; count: number }>();
    return rows.map((r) => ({ code: r.code, count: Number(r.count) }));
  }

  private assertFilterCodes(f: ProjectFiltersDto): Promise<void> {
    const entries = (field: string, codes?: string[]) => (codes ?? []).map((code) => ({ field, code }));
    return assertAllCodes(this.taxonomy, [
      ['domain', entries('sector', f.sector)],
      ['project_track', entries('track', f.track)],
      ['financing_source', entries('financing', f.financing)],
    ]);
  }
}
