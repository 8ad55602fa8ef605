import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
// Deep import: the auth lib's index depends on this lib (registration creates a firm).
import { Authenticated, CurrentUser, type AuthUser } from '@app/auth/auth.decorators';
import { FirmSummaryDto } from './firm.dto';
import { FirmsService } from './firms.service';
import { VerifyFirmDto } from './verify-firm.dto';

@ApiTags('firms')
@Controller('firms')
export class FirmsController {
  constructor(private readonly firms: FirmsService) {}

  @Authenticated('firm:read')
  @Get(':id')
  @ApiOkResponse({ type: FirmSummaryDto })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FirmSummaryDto> {
    return this.firms.get(user, id);
  }

  @Authenticated('firm:verify')
  @Post(':id/verification')
  @HttpCode(200)
  @ApiOkResponse({ type: FirmSummaryDto })
  verify(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VerifyFirmDto): Promise<FirmSummaryDto> {
    return this.firms.verify(user, id, dto);
  }
}
