import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { FirmSupportProgramsDto } from './support-program.dto';
import { SupportProgramsService } from './support-programs.service';

/** "What helps you climb": lives here, not in the firms lib, because it is about programs. */
@ApiTags('support-programs')
@Controller('firms/:id/support-programs')
export class FirmSupportProgramsController {
  constructor(private readonly programs: SupportProgramsService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOkResponse({ type: FirmSupportProgramsDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'Firm does not exist or is not visible to you',
  })
  forFirm(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FirmSupportProgramsDto> {
    return this.programs.forFirm(user, id);
  }
}
