import { Module } from '@nestjs/common';
import { MatchProjectsService, MatchingApiModule } from '@app/matching-api';
import { ProjectsModule } from '@app/projects';
import { ProjectMatchNotifier } from './project-match.notifier';

/**
 * Kept out of this lib's index on purpose: it depends on matching-api (→ firms → notifications),
 * so only the app module imports it, by its deep path.
 */
@Module({
  imports: [MatchingApiModule, ProjectsModule],
  providers: [ProjectMatchNotifier, MatchProjectsService],
  exports: [ProjectMatchNotifier],
})
export class ProjectMatchNotificationsModule {}
