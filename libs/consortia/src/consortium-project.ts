import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProjectStatus } from '@app/common';
import type { MatchProjectInput } from '@app/matching';
import { Project, ProjectRequirement, toMatchProjectInput } from '@app/projects';

/** Projects a consortium can still be formed for and submitted to. */
export const JOINABLE_PROJECT_STATUSES: ProjectStatus[] = ['open', 'announced'];

export interface ConsortiumProject {
  project: Project;
  input: MatchProjectInput;
}

/** The project and its requirements read in the caller's transaction (same shape the matching API uses). */
export async function loadConsortiumProject(manager: EntityManager, id: string): Promise<ConsortiumProject> {
  const project = await manager.findOneBy(Project, { id });
  if (!project) throw new NotFoundException('Project not found');
  const requirements = await manager.findBy(ProjectRequirement, { projectId: id });
  return { project, input: toMatchProjectInput(project, requirements) };
}

export const deadlinePassed = (project: Project, now = new Date()) =>
  project.submissionDeadline !== null && project.submissionDeadline.getTime() < now.getTime();

/** Project-side reasons a consortium cannot be submitted (or formed) now. */
export function projectProblems(
  project: Project,
  now = new Date(),
): { code: string; field: string; en: string; ko: string }[] {
  const problems = [];
  if (!JOINABLE_PROJECT_STATUSES.includes(project.status)) {
    problems.push({
      code: 'project_closed',
      field: 'project',
      en: `The project is ${project.status.replace('_', ' ')}, not open for consortia`,
      ko: '컨소시엄을 접수하지 않는 사업입니다',
    });
  }
  if (deadlinePassed(project, now)) {
    const day = project.submissionDeadline!.toISOString().slice(0, 10);
    problems.push({
      code: 'deadline_passed',
      field: 'project.submissionDeadline',
      en: `The submission deadline (${day}) has passed`,
      ko: `제출 마감일(${day})이 지났습니다`,
    });
  }
  return problems;
}
