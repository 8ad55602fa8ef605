import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Firm, type FirmActor } from '@app/firms';
import { rankFirms, rankProjects, suggestPartners } from '@app/matching';
import { MatchResultCache, toJsonBody, type JsonBody } from './json-body';
import type {
  MatchFirmListDto,
  MatchNoteDto,
  MatchPartnerListDto,
  MatchProjectListDto,
} from './match-fit.dto';
import { assertOwnFirmOrStaff, firmInfo, NOT_VERIFIED_NOTE } from './match-mappers';
import { MatchProjectsService } from './match-projects.service';
import { CollaborationGraphService } from './collaboration-graph.service';
import { MatchingIndexService } from './matching-index.service';
import type { MatchFirmsQueryDto, MatchPartnersQueryDto, MatchProjectsQueryDto } from './matching.query';

/** A set-valued query parameter as part of a cache key: order and repeats do not matter. */
export const keyOfSet = (values: readonly string[] | undefined): string =>
  values?.length ? [...new Set(values)].sort().join(',') : '';

/**
 * Firm ↔ project fit in both directions, and partners that complement a firm. Answers are cached
 * serialized, keyed by the project's load stamp, the index version and the query (and the firm
 * asked about): the authorization checks run before the cache on every request.
 */
@Injectable()
export class FirmMatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly projects: MatchProjectsService,
    private readonly cache: MatchResultCache,
    private readonly collaboration: CollaborationGraphService,
  ) {}

  async firmsForProject(projectId: string, query: MatchFirmsQueryDto): Promise<JsonBody> {
    const [project] = await Promise.all([this.projects.get(projectId), this.matching.settled()]);
    const key = `matches|${projectId}|${project.stamp}|${this.matching.version}|${query.limit}|${keyOfSet(query.size)}|${keyOfSet(query.country)}`;
    return this.cache.body(key, (): MatchFirmListDto => {
      const { index, labels } = this.matching;
      const sizes = query.size ? new Set<string>(query.size) : null;
      const countries = query.country ? new Set(query.country) : null;
      const filter = (row: number) =>
        (!sizes || sizes.has(index.firms[row].size)) &&
        (!countries || countries.has(index.firms[row].homeCountry));
      let candidates = 0;
      for (const row of index.rows()) if (filter(row)) candidates++;
      const ranked = rankFirms(index, project.input, { limit: query.limit, filter, labels });
      return {
        project: project.info,
        candidates,
        items: ranked.map(({ firmId, ...fit }) => ({ firm: firmInfo(this.matching.firm(firmId)!), ...fit })),
      };
    });
  }

  async projectsForFirm(actor: FirmActor, firmId: string, query: MatchProjectsQueryDto): Promise<JsonBody> {
    assertOwnFirmOrStaff(actor, firmId, 'see project matches');
    const note = await this.unmatchable(firmId);
    if (note) return toJsonBody({ firmId, items: [], note } satisfies MatchProjectListDto);
    const epoch = this.projects.epoch;
    const projects = await this.projects.matchable();
    await this.matching.settled();
    const key = `project-matches|${firmId}|${epoch}|${this.matching.version}|${query.limit}`;
    return this.cache.body(key, (): MatchProjectListDto => {
      // Re-checked in the same tick as the ranking: the firm may have left the index meanwhile.
      if (!this.matching.firm(firmId)) return { firmId, items: [], note: NOT_VERIFIED_NOTE };
      const info = new Map(projects.map((p) => [p.info.id, p.info]));
      const ranked = rankProjects(
        this.matching.index,
        firmId,
        projects.map((p) => p.input),
        { limit: query.limit, labels: this.matching.labels },
      );
      return {
        firmId,
        items: ranked.map(({ projectId, ...fit }) => ({ project: info.get(projectId)!, ...fit })),
        note: null,
      };
    });
  }

  async partnersFor(actor: FirmActor, firmId: string, query: MatchPartnersQueryDto): Promise<JsonBody> {
    assertOwnFirmOrStaff(actor, firmId, 'ask for partner suggestions');
    const note = await this.unmatchable(firmId);
    const project = await this.projects.get(query.projectId);
    if (note)
      return toJsonBody({ firmId, project: project.info, items: [], note } satisfies MatchPartnerListDto);
    // The graph settles the firm index first; its version joins the key (consortia change it too).
    const graph = await this.collaboration.graph();
    const key = `partners|${firmId}|${query.projectId}|${project.stamp}|${this.matching.version}|${this.collaboration.version}|${query.limit}`;
    return this.cache.body(key, (): MatchPartnerListDto => {
      if (!this.matching.firm(firmId))
        return { firmId, project: project.info, items: [], note: NOT_VERIFIED_NOTE };
      const suggestions = suggestPartners(this.matching.index, project.input, firmId, {
        limit: query.limit,
        labels: this.matching.labels,
        graph,
      });
      return {
        firmId,
        project: project.info,
        items: suggestions.map(({ firmId: id, ...rest }) => ({
          firm: firmInfo(this.matching.firm(id)!),
          ...rest,
        })),
        note: null,
      };
    });
  }

  /** Null when the firm is in the index; a note when it exists but is not verified; 404 otherwise. */
  private async unmatchable(firmId: string): Promise<MatchNoteDto | null> {
    await this.matching.settled();
    if (this.matching.firm(firmId)) return null;
    if (!(await this.dataSource.manager.existsBy(Firm, { id: firmId })))
      throw new NotFoundException('Firm not found');
    return NOT_VERIFIED_NOTE;
  }
}
