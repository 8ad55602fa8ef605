import { Module } from '@nestjs/common';
import { TaxonomyModule } from '@app/taxonomy';
import { FirmSupportProgramsController } from './firm-support-programs.controller';
import { SupportProgramsController } from './support-programs.controller';
import { SupportProgramsService } from './support-programs.service';

@Module({
  imports: [TaxonomyModule],
  controllers: [SupportProgramsController, FirmSupportProgramsController],
  providers: [SupportProgramsService],
  exports: [SupportProgramsService],
})
export class ProgramsModule {}
