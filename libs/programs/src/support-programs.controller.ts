import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, ErrorResponseDto } from '@app/auth';
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
