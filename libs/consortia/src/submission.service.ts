import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertLeadAdmin, findVisibleConsortium, type ConsortiumActor } from './consortium-access';
import { ConsortiumNotifier } from './consortium-notifier';
import { loadConsortiumProject, projectProblems } from './consortium-project';
import { isTeamEditable, nextTeamStatus } from './consortium-state-machine';
import { ConsortiumTeamService } from './consortium-team.service';
import { ConsortiumViewsService } from './consortium-views.service';
import type { ConsortiumDetailDto } from './consortium.dto';

/** The lead hands the team to program staff, once every check passes. */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly team: ConsortiumTeamService,
    private readonly views: ConsortiumViewsService,
    private readonly notifier: ConsortiumNotifier,
  ) {}

  /**
   * 409 when the status does not allow a submission; 422 listing every failing check (team rules
   * with their sentences, pending invitations, deadline) when the team is not ready. The checks run
   * again here, on the locked row, because firms and projects may have changed since the last edit.
   */
  async submit(actor: ConsortiumActor, id: string): Promise<ConsortiumDetailDto> {
    const team = await this.dataSource.transaction(async (tx) => {
      const { consortium: c, viewer } = await findVisibleConsortium(tx, actor, id, true);
      assertLeadAdmin(actor, viewer, 'submit the consortium');
      if (!isTeamEditable(c.status))
        throw new ConflictException(`This consortium is already ${c.status.replace('_', ' ')}`);
      const project = await loadConsortiumProject(tx, c.projectId);
      const team = await this.team.assess(project, await this.team.members(tx, c.id));
      const problems = [...team.problems, ...projectProblems(project.project)];
      if (problems.length) {
        throw new UnprocessableEntityException({
          message: `The consortium cannot be submitted yet: ${problems.map((p) => p.en).join('; ')}`,
          details: problems.map((p) => ({ field: p.field, message: `${p.code}: ${p.en}` })),
        });
      }
      // A stale team state (e.g. back from changes_requested without an edit) is brought up to date first.
      const current = nextTeamStatus(c.status, team);
      if (current !== c.status)
        await this.team.record(tx, c, actor.id, { type: 'status_recomputed', to: current });
      await this.team.record(
        tx,
        c,
        actor.id,
        { type: 'submitted', to: 'submitted' },
        { submittedAt: new Date() },
      );
      await this.notifier.submitted(tx, c);
      return team;
    });
    return this.views.detail(actor, id, team);
  }
}
