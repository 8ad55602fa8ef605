import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@app/auth';
import { ApiFirmNotFound, ApiWriteErrors } from './firm-api.decorators';
import { CreateFirmSolutionDto, FirmSolutionDto, UpdateFirmSolutionDto } from './firm-solution.dto';
import { FirmSolutionsService } from './firm-solutions.service';

@ApiTags('firms')
@Controller('firms/:id/solutions')
export class FirmSolutionsController {
  constructor(private readonly solutions: FirmSolutionsService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOkResponse({ type: [FirmSolutionDto] })
  @ApiFirmNotFound()
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FirmSolutionDto[]> {
    return this.solutions.list(user, id);
  }

  @Authenticated('firm:update-own')
  @Post()
  @ApiCreatedResponse({ type: FirmSolutionDto })
  @ApiWriteErrors()
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFirmSolutionDto,
  ): Promise<FirmSolutionDto> {
    return this.solutions.create(user, id, dto);
  }

  @Authenticated('firm:update-own')
  @Patch(':solutionId')
  @ApiOkResponse({ type: FirmSolutionDto })
  @ApiWriteErrors('Firm or solution')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('solutionId', ParseUUIDPipe) solutionId: string,
    @Body() dto: UpdateFirmSolutionDto,
  ): Promise<FirmSolutionDto> {
    return this.solutions.update(user, id, solutionId, dto);
  }

  @Authenticated('firm:update-own')
  @Delete(':solutionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiFirmNotFound('Firm or solution')
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('solutionId', ParseUUIDPipe) solutionId: string,
  ): Promise<void> {
    return this.solutions.remove(user, id, solutionId);
  }
}
