import { Module } from '@nestjs/common';
import { MatchingApiModule } from '@app/matching-api';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import { ConsortiaController } from './consortia.controller';
import { ConsortiaService } from './consortia.service';
import { ConsortiumHistoryService } from './consortium-history.service';
import { ConsortiumInvitationsController } from './consortium-invitations.controller';
import { ConsortiumNotifier } from './consortium-notifier';
import { ConsortiumOutcomesController } from './consortium-outcomes.controller';
import { ConsortiumReviewController } from './consortium-review.controller';
import { ConsortiumTeamService } from './consortium-team.service';
import { ConsortiumViewsService } from './consortium-views.service';
import { InvitationSweeperService } from './invitation-sweeper.service';
import { InvitationsService } from './invitations.service';
import { OutcomesService } from './outcomes.service';
import { ReviewService } from './review.service';
import { SubmissionService } from './submission.service';

/** Consortium workflow: team building with invitations, submission, staff review, outcome. */
@Module({
  imports: [MatchingApiModule, NotificationsModule, TaxonomyModule],
  controllers: [
    ConsortiaController,
    ConsortiumInvitationsController,
    ConsortiumReviewController,
    ConsortiumOutcomesController,
  ],
  providers: [
    ConsortiaService,
    InvitationsService,
    SubmissionService,
    ReviewService,
    ConsortiumHistoryService,
    ConsortiumTeamService,
    ConsortiumViewsService,
    ConsortiumNotifier,
    InvitationSweeperService,
    OutcomesService,
  ],
  exports: [InvitationSweeperService, ConsortiaService],
})
export class ConsortiaModule {}
