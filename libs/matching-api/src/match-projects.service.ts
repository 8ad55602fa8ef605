import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { ProjectStatus } from '@app/common';
import type { MatchProjectInput } from '@app/matching';
import { Project, ProjectRequirement, toMatchProjectInput } from '@app/projects';
import type { MatchProjectInfoDto } from './match-fit.dto';

/** Projects firms can still join. */
export const MATCHABLE_STATUSES: ProjectStatus[] = ['open', 'announced'];

export interface MatchProject {
  input: MatchProjectInput;
  info: MatchProjectInfoDto;
}

/** Projects read fresh from the database for each request (they are few and staff edit them). */
@Injectable()
export class MatchProjectsService {
  constructor(private readonly dataSource: DataSource) {}

  /** One query for the project, one for its requirements; 404 when it does not exist. */
  async get(id: string): Promise<MatchProject> {
    const m = this.dataSource.manager;
    const project = await m.findOneBy(Project, { id });
    if (!project) throw new NotFoundException('Project not found');
    return toMatchProject(project, await m.findBy(ProjectRequirement, { projectId: id }));
  }

  /** Every open or announced project with its requirements, in two queries. */
  async matchable(): Promise<MatchProject[]> {
    const m = this.dataSource.manager;
    const projects = await m.find(Project, {
      where: { status: In(MATCHABLE_STATUSES) },
      order: { id: 'ASC' },
    });
    const requirements = await m
      .createQueryBuilder(ProjectRequirement, 'r')
      .innerJoin(Project, 'p', 'p.id = r.projectId')
      .where('p.status IN (:...statuses)', { statuses: MATCHABLE_STATUSES })
      .getMany();
    const byProject = new Map<string, ProjectRequirement[]>();
    for (const r of requirements) {
      const list = byProject.get(r.projectId);
      if (list) list.push(r);
      else byProject.set(r.projectId, [r]);
    }
    return projects.map((p) => toMatchProject(p, byProject.get(p.id) ?? []));
  }
}

function toMatchProject(project: Project, requirements: ProjectRequirement[]): MatchProject {
  return {
    input: toMatchProjectInput(project, requirements),
    info: {
      id: project.id,
      title: project.title,
      titleKo: project.titleKo,
      countryCode: project.countryCode.trim(),
      city: project.city,
      program: project.program,
      status: project.status,
    },
  };
}
