import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ListProjectsQueryDto, ProjectFiltersDto } from './list-projects.query';
import { ProjectCatalogService } from './project-catalog.service';
import { ProjectDetailDto, ProjectListDto } from './project.dto';
import { ProjectsService } from './projects.service';
import { CreateProjectDto, UpdateProjectDto } from './save-project.dto';

@ApiTags('projects')
@ApiBadRequestResponse({ description: 'Invalid input or unknown taxonomy code', type: ErrorResponseDto })
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly catalog: ProjectCatalogService,
    private readonly projects: ProjectsService,
  ) {}

  @Authenticated('project:read')
  @Get()
  @ApiOkResponse({ type: ProjectListDto })
  list(@Query() query: ListProjectsQueryDto): Promise<ProjectListDto> {
    return this.catalog.list(query);
  }

  // Declared before ':id' so the literal path is never taken for an id.
  @Authenticated('project:read')
  @Get('export.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The filtered list as UTF-8 CSV with a BOM (at most 5,000 rows)',
    schema: { type: 'string' },
  })
  exportCsv(@Query() filters: ProjectFiltersDto): Promise<StreamableFile> {
    return this.catalog.exportCsv(filters);
  }

  @Authenticated('project:read')
  @Get(':id')
  @ApiOkResponse({ type: ProjectDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProjectDetailDto> {
    return this.projects.get(id);
  }

  @Authenticated('project:write')
  @Post()
  @ApiCreatedResponse({ type: ProjectDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProjectDto): Promise<ProjectDetailDto> {
    return this.projects.create(user.id, dto);
  }

  @Authenticated('project:write')
  @Patch(':id')
  @ApiOkResponse({ type: ProjectDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Stale version', type: ErrorResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProjectDto): Promise<ProjectDetailDto> {
    return this.projects.update(id, dto);
  }
}
