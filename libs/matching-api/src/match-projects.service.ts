import { Injectable, NotFoundException, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { DataSource, In } from 'typeorm';
import type { ProjectStatus } from '@app/common';
import type { MatchProjectInput } from '@app/matching';
import { Project, ProjectEvents, ProjectRequirement, toMatchProjectInput } from '@app/projects';
import { BoundedCache } from './bounded-cache';
import type { MatchProjectInfoDto } from './match-fit.dto';

/** Projects firms can still join. */
export const MATCHABLE_STATUSES: ProjectStatus[] = ['open', 'announced'];

export interface MatchProject {
  input: MatchProjectInput;
  info: MatchProjectInfoDto;
  /**
   * Unique per load from the database: a project read again after a change gets a new stamp, so
   * answers cached under the old one are never served for it.
   */
  stamp: number;
}

const MAX_PROJECTS = 5_000;

/**
 * Projects for matching, held in memory: read once, dropped when `ProjectEvents` says the project
 * changed (`changed$`; everything on `resync$`). A read that started before a change is not kept,
 * so a late answer never brings back the old state.
 */
@Injectable()
export class MatchProjectsService implements OnModuleDestroy {
  private readonly byId = new BoundedCache<MatchProject>(MAX_PROJECTS);
  private readonly loading = new Map<string, Promise<MatchProject>>();
  private matchableList: { epoch: number; projects: Promise<MatchProject[]> } | null = null;
  /** Bumped on every change: reads begun under an older epoch are not stored. */
  private changes = 0;
  private stamps = 0;
  private readonly subscriptions: Subscription[];

  constructor(
    private readonly dataSource: DataSource,
    events: ProjectEvents,
  ) {
    this.subscriptions = [
      events.changed$.subscribe(({ projectId }) => this.forget(projectId)),
      events.resync$.subscribe(() => this.forget()),
    ];
  }

  onModuleDestroy(): void {
    for (const s of this.subscriptions) s.unsubscribe();
  }

  /** Bumped on every project change: part of the key of answers over all matchable projects. */
  get epoch(): number {
    return this.changes;
  }

  /** The project with its requirements (two queries on a miss); 404 when it does not exist. */
  get(id: string): Promise<MatchProject> {
    const hit = this.byId.get(id);
    if (hit) return Promise.resolve(hit);
    const pending = this.loading.get(id);
    if (pending) return pending;
    const epoch = this.changes;
    const load = this.load(id).then((project) => {
      if (this.changes === epoch) this.byId.set(id, project);
      return project;
    });
    this.loading.set(id, load);
    const clear = () => {
      if (this.loading.get(id) === load) this.loading.delete(id);
    };
    load.then(clear, clear);
    return load;
  }

  /** Every open or announced project with its requirements (two queries when a project changed). */
  matchable(): Promise<MatchProject[]> {
    const epoch = this.changes;
    if (this.matchableList?.epoch === epoch) return this.matchableList.projects;
    const projects = this.loadMatchable();
    this.matchableList = { epoch, projects };
    projects.catch(() => {
      if (this.matchableList?.projects === projects) this.matchableList = null;
    });
    return projects;
  }

  private forget(projectId?: string): void {
    this.changes++;
    this.matchableList = null;
    if (projectId === undefined) {
      this.byId.clear();
      this.loading.clear();
    } else {
      this.byId.delete(projectId);
      this.loading.delete(projectId);
    }
  }

  private async load(id: string): Promise<MatchProject> {
    const m = this.dataSource.manager;
    const project = await m.findOneBy(Project, { id });
    if (!project) throw new NotFoundException('Project not found');
    return this.toMatchProject(project, await m.findBy(ProjectRequirement, { projectId: id }));
  }

  private async loadMatchable(): Promise<MatchProject[]> {
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
    return projects.map((p) => this.toMatchProject(p, byProject.get(p.id) ?? []));
  }

  private toMatchProject(project: Project, requirements: ProjectRequirement[]): MatchProject {
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
      stamp: ++this.stamps,
    };
  }
}
