import { Module } from '@nestjs/common';
import { TaxonomyModule } from '@app/taxonomy';
import { CountriesController } from './countries.controller';
import { ProjectCatalogService } from './project-catalog.service';
import { ProjectEvents } from './project-events';
import { ProjectImportService } from './project-import.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TaxonomyModule],
  controllers: [ProjectsController, CountriesController],
  providers: [ProjectCatalogService, ProjectsService, ProjectEvents, ProjectImportService],
  exports: [ProjectCatalogService, ProjectsService, ProjectEvents],
})
export class ProjectsModule {}
