import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { ProjectsModule } from '@app/projects';
import { SavedSearchAlertsService } from './saved-search-alerts.service';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesService } from './saved-searches.service';

@Module({
  imports: [ProjectsModule, NotificationsModule],
  controllers: [SavedSearchesController],
  providers: [SavedSearchesService, SavedSearchAlertsService],
  exports: [SavedSearchAlertsService],
})
export class SavedSearchesModule {}
