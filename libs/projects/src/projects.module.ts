import { Module } from '@nestjs/common';
import { CountriesController } from './countries.controller';
import { ProjectCatalogService } from './project-catalog.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

@Module({
  controllers: [ProjectsController, CountriesController],
  providers: [ProjectCatalogService, ProjectsService],
  exports: [ProjectCatalogService, ProjectsService],
})
export class ProjectsModule {}
