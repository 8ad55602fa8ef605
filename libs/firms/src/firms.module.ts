import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import { FirmCapabilitiesService } from './firm-capabilities.service';
import { FirmDirectoryService } from './firm-directory.service';
import { FirmEvents } from './firm-events';
import { FirmProfileService } from './firm-profile.service';
import { FirmSolutionsController } from './firm-solutions.controller';
import { FirmSolutionsService } from './firm-solutions.service';
import { FirmTrackRecordsController } from './firm-track-records.controller';
import { FirmTrackRecordsService } from './firm-track-records.service';
import { FirmsController } from './firms.controller';
import { FirmsService } from './firms.service';

@Module({
  imports: [TaxonomyModule, NotificationsModule],
  controllers: [FirmsController, FirmSolutionsController, FirmTrackRecordsController],
  providers: [
    FirmsService,
    FirmProfileService,
    FirmCapabilitiesService,
    FirmSolutionsService,
    FirmTrackRecordsService,
    FirmDirectoryService,
    FirmEvents,
  ],
  exports: [FirmsService, FirmProfileService, FirmEvents],
})
export class FirmsModule {}
