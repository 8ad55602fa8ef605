import { Module } from '@nestjs/common';
import { FirmsModule } from '@app/firms';
import { NotificationsModule } from '@app/notifications';
import { ProjectsModule } from '@app/projects';
import { TaxonomyModule } from '@app/taxonomy';
import { CollaborationGraphService } from './collaboration-graph.service';
import { ConsortiumService } from './consortium.service';
import { FirmMatchingService } from './firm-matching.service';
import { MatchResultCache } from './json-body';
import { MatchProjectsService } from './match-projects.service';
import { MatchingController } from './matching.controller';
import { MatchingIndexService } from './matching-index.service';
import { ProjectMatchNotifier } from './project-match.notifier';

/** Matching over the live index of verified firms, and the "a new project fits your firm" alert. */
@Module({
  imports: [FirmsModule, ProjectsModule, TaxonomyModule, NotificationsModule],
  controllers: [MatchingController],
  providers: [
    MatchingIndexService,
    CollaborationGraphService,
    MatchProjectsService,
    FirmMatchingService,
    ConsortiumService,
    MatchResultCache,
    ProjectMatchNotifier,
  ],
  exports: [MatchingIndexService, CollaborationGraphService, ProjectMatchNotifier],
})
export class MatchingApiModule {}
