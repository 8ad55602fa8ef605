import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
// Deep import: the auth lib's index depends on @app/firms.
import { Authenticated } from '@app/auth/auth.decorators';
import { ErrorResponseDto } from '@app/auth/error-response.dto';
import { ListSupportProgramsQueryDto } from './list-support-programs.query';
import { SupportProgramDto } from './support-program.dto';
import { SupportProgramsService } from './support-programs.service';

@ApiTags('support-programs')
@Controller('support-programs')
export class SupportProgramsController {
  constructor(private readonly programs: SupportProgramsService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOkResponse({ type: [SupportProgramDto] })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  list(@Query() query: ListSupportProgramsQueryDto): Promise<SupportProgramDto[]> {
    return this.programs.list(query);
  }
}
