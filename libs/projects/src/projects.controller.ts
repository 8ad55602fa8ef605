import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ListProjectsQueryDto, ProjectFiltersDto } from './list-projects.query';
import { ProjectCatalogService } from './project-catalog.service';
import { ImportProjectsBodyDto, ImportProjectsQueryDto, ProjectImportResultDto } from './project-import.dto';
import { IMPORT_MAX_BYTES, ProjectImportService } from './project-import.service';
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
    private readonly importer: ProjectImportService,
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
  @Post('import')
  @HttpCode(200)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 64 * 1024 },
    }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportProjectsBodyDto })
  @ApiOkResponse({
    type: ProjectImportResultDto,
    description:
      'Dry run: the preview with row errors. Otherwise: every valid row inserted in one transaction',
  })
  @ApiBadRequestResponse({
    description:
      'Unreadable file or mapping; on a real run, any row error (details: [{ row, field, message }]) and nothing is inserted',
    type: ErrorResponseDto,
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB', type: ErrorResponseDto })
  importProjects(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportProjectsQueryDto,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Body() body: Record<string, unknown> | undefined,
  ): Promise<ProjectImportResultDto> {
    const mapping = body?.mapping;
    return this.importer.import(
      user.id,
      file,
      typeof mapping === 'string' ? mapping : undefined,
      query.dryRun,
    );
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
