import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { allOnPlatformFirmIds, isStaff, onPlatformFirmIds, type FirmActor } from '@app/firms';
import { previewTeam, suggestConsortia } from '@app/matching';
import { TaxonomyService } from '@app/taxonomy';
import { keyOfSet } from './firm-matching.service';
import { MatchResultCache, type JsonBody } from './json-body';
import { toTeamReportDto } from './match-mappers';
import { MatchProjectsService } from './match-projects.service';
import { CollaborationGraphService } from './collaboration-graph.service';
import { MatchingIndexService } from './matching-index.service';
import type { ConsortiumQueryDto } from './matching.query';
import type { TeamPreviewDto } from './team-preview.dto';
import type { ConsortiumSuggestionsDto, TeamReportDto } from './team-report.dto';

/** Consortium search under the project's team rules, and the check of a hand-picked team. */
@Injectable()
export class ConsortiumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly projects: MatchProjectsService,
    private readonly taxonomy: TaxonomyService,
    private readonly cache: MatchResultCache,
    private readonly collaboration: CollaborationGraphService,
  ) {}

  async suggest(actor: FirmActor, projectId: string, query: ConsortiumQueryDto): Promise<JsonBody> {
    const lead = query.leadFirmId;
    if (lead && !isStaff(actor) && actor.firmId !== lead)
      throw new ForbiddenException('You can only fix your own firm as the lead');
    if (lead && query.exclude?.includes(lead)) {
      throw new BadRequestException({
        message: 'The lead firm cannot be excluded',
        details: [{ field: 'exclude', message: 'exclude must not contain leadFirmId' }],
      });
    }
    const [project, graph] = await Promise.all([this.projects.get(projectId), this.collaboration.graph()]);
    if (lead && !this.matching.firm(lead)) {
      throw new NotFoundException({
        message: 'Lead firm not found or not verified',
        details: [{ field: 'leadFirmId', message: `no verified firm ${lead}` }],
      });
    }
    // Who can answer now changes with accounts, not with the index: it is part of the key.
    const present = await allOnPlatformFirmIds(this.dataSource.manager);
    const exclude = [...(query.exclude ?? [])];
    if (query.onPlatform) {
      // Firms that cannot answer now are left out of the search (the lead is always allowed).
      for (const f of this.matching.index.firms) if (!present.has(f.id) && f.id !== lead) exclude.push(f.id);
    }
    // Whoever asks gets the same answer for the same parameters: the lead check above is the only
    // viewer-dependent part, and it runs on every request.
    const key = `consortia|${projectId}|${project.stamp}|${this.matching.version}|${this.collaboration.version}|${query.limit}|${lead ?? ''}|${keyOfSet(query.exclude)}|${query.onPlatform ? 1 : 0}|${keyOfSet([...present])}`;
    return this.cache.body(key, (): ConsortiumSuggestionsDto => {
      const result = suggestConsortia(this.matching.index, project.input, {
        limit: query.limit,
        leadFirmId: lead,
        excludeFirmIds: exclude,
        labels: this.matching.labels,
        graph,
      });
      return {
        projectId,
        feasible: result.feasible,
        teams: result.teams.map((t) => toTeamReportDto(t, (id) => this.matching.firm(id), present)),
        blockers: result.blockers,
      };
    });
  }

  async preview(dto: TeamPreviewDto): Promise<TeamReportDto> {
    const roles = dto.members.flatMap((m, i) =>
      m.role ? [{ field: `members[${i}].role`, code: m.role }] : [],
    );
    if (roles.length) await this.taxonomy.assertCodes('role', roles);
    const leads = roles.filter((r) => r.code === 'lead');
    if (leads.length > 1) {
      throw new BadRequestException({
        message: 'Only one member can lead',
        details: leads
          .slice(1)
          .map((r) => ({ field: r.field, message: 'another member already has the role lead' })),
      });
    }
    const [project, graph] = await Promise.all([
      this.projects.get(dto.projectId),
      this.collaboration.graph(),
    ]);
    const unknown = dto.members.flatMap((m, i) =>
      this.matching.firm(m.firmId)
        ? []
        : [{ field: `members[${i}].firmId`, message: `no verified firm ${m.firmId}` }],
    );
    if (unknown.length)
      throw new NotFoundException({ message: 'Some members are not verified firms', details: unknown });
    // Same tick as the check above, so previewTeam cannot meet an unknown firm (UnknownFirmError).
    const report = previewTeam(
      this.matching.index,
      project.input,
      dto.members.map((m) => ({ firmId: m.firmId, role: m.role })),
      this.matching.labels,
      graph,
    );
    const present = await onPlatformFirmIds(
      this.dataSource.manager,
      report.members.map((m) => m.firmId),
    );
    return toTeamReportDto(report, (id) => this.matching.firm(id), present);
  }
}
