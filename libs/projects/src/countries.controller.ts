import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@app/auth';
import { ProjectCatalogService } from './project-catalog.service';
import { ProjectCountryDto } from './project.dto';

@ApiTags('projects')
@Controller('countries')
export class CountriesController {
  constructor(private readonly catalog: ProjectCatalogService) {}

  @Authenticated('project:read')
  @Get()
  @ApiOkResponse({ type: [ProjectCountryDto], description: 'Countries that have projects, by project count' })
  list(): Promise<ProjectCountryDto[]> {
    return this.catalog.countries();
  }
}
