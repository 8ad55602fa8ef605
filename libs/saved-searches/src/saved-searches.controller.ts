import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import {
  CreateSavedSearchDto,
  SavedSearchDto,
  SavedSearchListDto,
  UpdateSavedSearchDto,
} from './saved-search.dto';
import { SavedSearchesService } from './saved-searches.service';

@ApiTags('saved-searches')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly searches: SavedSearchesService) {}

  @Authenticated('profile:read-own')
  @Get()
  @ApiOperation({ summary: 'Your saved searches, newest first' })
  @ApiOkResponse({ type: SavedSearchListDto })
  async list(@CurrentUser() user: AuthUser): Promise<SavedSearchListDto> {
    return { items: await this.searches.list(user.id) };
  }

  @Authenticated('profile:read-own')
  @Post()
  @ApiOperation({ summary: 'Save a project or firm search (its filters are checked like the list route)' })
  @ApiCreatedResponse({ type: SavedSearchDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'Invalid fields or filters (`filters.<name>`)',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSavedSearchDto): Promise<SavedSearchDto> {
    return this.searches.create(user.id, dto);
  }

  @Authenticated('profile:read-own')
  @Patch(':id')
  @ApiOperation({ summary: 'Rename, change the filters or the alerts of your saved search' })
  @ApiOkResponse({ type: SavedSearchDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such saved search of yours' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateSavedSearchDto,
  ): Promise<SavedSearchDto> {
    return this.searches.update(user.id, id, dto);
  }

  @Authenticated('profile:read-own')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete your saved search (and its alerts)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such saved search of yours' })
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.searches.remove(user.id, id);
  }
}
