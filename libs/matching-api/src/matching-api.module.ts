import { Module } from '@nestjs/common';
import { FirmsModule } from '@app/firms';
import { ConsortiumService } from './consortium.service';
import { FirmMatchingService } from './firm-matching.service';
import { MatchProjectsService } from './match-projects.service';
import { MatchingController } from './matching.controller';
import { MatchingIndexService } from './matching-index.service';

@Module({
  imports: [FirmsModule],
  controllers: [MatchingController],
  providers: [MatchingIndexService, MatchProjectsService, FirmMatchingService, ConsortiumService],
  exports: [MatchingIndexService],
})
export class MatchingApiModule {}
