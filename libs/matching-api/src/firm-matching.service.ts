import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Firm, type FirmActor } from '@app/firms';
import { rankFirms, rankProjects, suggestPartners } from '@app/matching';
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

/** Firm ↔ project fit in both directions, and partners that complement a firm. */
@Injectable()
export class FirmMatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly projects: MatchProjectsService,
    private readonly collaboration: CollaborationGraphService,
  ) {}

  async firmsForProject(projectId: string, query: MatchFirmsQueryDto): Promise<MatchFirmListDto> {
    const [project] = await Promise.all([this.projects.get(projectId), this.matching.settled()]);
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
  }

  async projectsForFirm(
    actor: FirmActor,
    firmId: string,
    query: MatchProjectsQueryDto,
  ): Promise<MatchProjectListDto> {
    assertOwnFirmOrStaff(actor, firmId, 'see project matches');
    const note = await this.unmatchable(firmId);
    if (note) return { firmId, items: [], note };
    const projects = await this.projects.matchable();
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
  }

  async partnersFor(
    actor: FirmActor,
    firmId: string,
    query: MatchPartnersQueryDto,
  ): Promise<MatchPartnerListDto> {
    assertOwnFirmOrStaff(actor, firmId, 'ask for partner suggestions');
    const note = await this.unmatchable(firmId);
    const project = await this.projects.get(query.projectId);
    if (note) return { firmId, project: project.info, items: [], note };
    const graph = await this.collaboration.graph();
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
